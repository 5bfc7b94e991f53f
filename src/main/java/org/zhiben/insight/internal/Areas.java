package org.zhiben.insight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The six places a fact is counted: its province, city, county, town and village (the region code cut to each
 * level's prefix and padded with zeros) and its enterprise. The parent of a province row is {@link #TOP}.
 */
public final class Areas {

    public static final String TOP = "000000000000";
    static final int[] PREFIX = {0, 2, 4, 6, 9, 12};
    public static final int ENTERPRISE = 6;

    private Areas() {
    }

    public record Slot(int lvl, String area, String parent) {

        /**
         * The sector keys a fact of an enterprise with {@code sectors} counts under here: its own sector set, and for
         * regions also {@link HazardSummary#ALL_SECTORS}, summed for answers without a sector filter.
         */
        public List<String> sectorKeys(String sectors) {
            return lvl == ENTERPRISE ? List.of(sectors) : List.of(sectors, HazardSummary.ALL_SECTORS);
        }
    }

    /** The code of the region of level {@code lvl} (1 province … 5 village) containing {@code regionCode}. */
    public static String area(String regionCode, int lvl) {
        String prefix = regionCode.substring(0, PREFIX[lvl]);
        return prefix + "0".repeat(12 - prefix.length());
    }

    public static int prefixLength(int lvl) {
        return PREFIX[lvl];
    }

    public static List<Slot> slots(String regionCode, UUID enterpriseId) {
        List<Slot> slots = regions(regionCode);
        slots.add(new Slot(ENTERPRISE, enterpriseId.toString(), regionCode));
        return slots;
    }

    /** The five region places (province … village) of a fact at {@code regionCode}. */
    public static List<Slot> regions(String regionCode) {
        List<Slot> slots = new ArrayList<>(6);
        String parent = TOP;
        for (int lvl = 1; lvl <= 5; lvl++) {
            String area = area(regionCode, lvl);
            slots.add(new Slot(lvl, area, parent));
            parent = area;
        }
        return slots;
    }
}
