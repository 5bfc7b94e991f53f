package org.zhiben.hazard.workflow;

import static org.zhiben.hazard.workflow.FieldRules.blankToNull;
import static org.zhiben.hazard.workflow.FieldRules.money;
import static org.zhiben.hazard.workflow.FieldRules.text;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.common.FieldViolation;

/**
 * The 五定 a confirmation sets (定责任 with an optional account of the enterprise, 定措施, 定资金, 定时限, 定预案), kept
 * on the hazard's row; empty until the hazard is confirmed or fixed on the spot. An approved extension moves the
 * deadline.
 */
@Embeddable
public record RectificationTerms(@Column(name = "responsible_user_id") UUID responsibleUserId,
        @Column(name = "responsible_name") String responsibleName,
        @Column(name = "responsible_phone") String responsiblePhone, String measures, BigDecimal funds,
        LocalDate deadline, String contingency) {

    static final RectificationTerms NONE = new RectificationTerms(null, null, null, null, null, null, null);

    /**
     * The terms of {@code as}, the responsible person named by the chosen account ({@code accountName}) or as typed;
     * broken rules are added to {@code v} (the deadline's earliest date is the hazard's to check).
     */
    static RectificationTerms of(Assignment as, String accountName, List<FieldViolation> v) {
        String name = accountName != null ? accountName : blankToNull(as.responsibleName());
        if (name == null) {
            v.add(new FieldViolation("responsibleName", "请填写整改责任人"));
        } else if (name.length() > 100) {
            v.add(new FieldViolation("responsibleName", "整改责任人不能超过100个字符"));
        }
        org.zhiben.common.InputRules.phone(v, "responsiblePhone", as.responsiblePhone(), "责任人电话");
        text(v, "measures", as.measures(), true, 2000, "整改措施");
        text(v, "contingency", as.contingency(), false, 2000, "应急预案");
        money(v, "funds", as.funds(), "整改资金");
        return new RectificationTerms(as.responsibleUserId(), name, blankToNull(as.responsiblePhone()),
                blankToNull(as.measures()), as.funds(), as.deadline(), blankToNull(as.contingency()));
    }

    /** 即查即改: the finder fixed it on {@code day}. */
    static RectificationTerms onTheSpot(Actor by, LocalDate day) {
        return new RectificationTerms(by.id(), by.name(), null, null, null, day, null);
    }

    RectificationTerms withDeadline(LocalDate newDeadline) {
        return new RectificationTerms(responsibleUserId, responsibleName, responsiblePhone, measures, funds,
                newDeadline, contingency);
    }
}
