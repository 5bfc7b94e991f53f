package org.zhiben.risk.prejudgment;

import org.springframework.modulith.NamedInterface;
import org.zhiben.common.Labelled;
import org.zhiben.risk.prejudgment.PrejudgmentPeriod.Cadence;

/**
 * The pre-judgment cadence of seed 000: “市级部门季预判、县级部门月预判、企业周预判、车间(班组)日预判”.
 * Who judges: 车间(班组)日 — any user of the enterprise, naming the workshop or team; 企业周 — the principal or the
 * safety manager; 县级月 — an official whose region is a county; 市级季 — an official whose region is a city.
 */
@NamedInterface("prejudgment")
public enum PrejudgmentKind implements Labelled {
    WORKSHOP_DAILY("车间(班组)日预判", Cadence.DAY, true),
    ENTERPRISE_WEEKLY("企业周预判", Cadence.WEEK, true),
    COUNTY_MONTHLY("县级部门月预判", Cadence.MONTH, false),
    CITY_QUARTERLY("市级部门季预判", Cadence.QUARTER, false);

    private final String label;
    private final Cadence cadence;
    private final boolean enterprise;

    PrejudgmentKind(String label, Cadence cadence, boolean enterprise) {
        this.label = label;
        this.cadence = cadence;
        this.enterprise = enterprise;
    }

    public String label() {
        return label;
    }

    public Cadence cadence() {
        return cadence;
    }

    /** Made by an enterprise (else by a government department). */
    public boolean enterprise() {
        return enterprise;
    }
}
