package org.zhiben.risk;

/**
 * An enterprise's analysis units per current level ({@code unassessed}: no assessed event yet) and whether it has a
 * major hazard source (which makes it 重大 even before it has units).
 */
public record RiskCounts(long major, long large, long general, long low, long unassessed,
        boolean majorHazardSource) {

    public static final RiskCounts NONE = new RiskCounts(0, 0, 0, 0, 0, false);

    /** The enterprise's level: the highest of its units, 重大 with a major hazard source; null when none. */
    public RiskLevel highest() {
        if (majorHazardSource || major > 0) {
            return RiskLevel.MAJOR;
        }
        return large > 0 ? RiskLevel.LARGE : general > 0 ? RiskLevel.GENERAL : low > 0 ? RiskLevel.LOW : null;
    }
}
