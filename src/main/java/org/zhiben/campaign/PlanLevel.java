package org.zhiben.campaign;

import org.zhiben.common.Labelled;
import org.zhiben.common.RegionLevel;

/** The level of the government or office that issues a plan. */
public enum PlanLevel implements Labelled {
    NATIONAL("国家"),
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级"),
    TOWN("乡镇");

    private final String label;

    PlanLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether an office of a region at {@code region}'s level issues plans of this level (a national plan is entered
     * by a province).
     */
    public boolean issuedAt(RegionLevel region) {
        return switch (this) {
            case NATIONAL, PROVINCE -> region == RegionLevel.PROVINCE;
            case CITY -> region == RegionLevel.CITY;
            case COUNTY -> region == RegionLevel.COUNTY;
            case TOWN -> region == RegionLevel.TOWN;
        };
    }
}
