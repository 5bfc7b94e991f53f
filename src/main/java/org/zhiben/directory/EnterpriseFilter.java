package org.zhiben.directory;

/**
 * List filters: region code (within scope), sector code, unit type, high-risk flag, status, free text, and the
 * standardization coverage figure whose enterprises to keep ({@link Enterprises#gradeCoverage} counts with the same
 * condition).
 */
public record EnterpriseFilter(String region, String sector, UnitType unitType, Boolean highRisk,
        EnterpriseStatus status, String q, Coverage coverage) {

    /** The 标准化 coverage figures: 规上 enterprises not closed, and of those the graded ones (一级–三级). */
    public enum Coverage implements Labelled {
        ABOVE_SCALE("规上企业(未关闭)"), GRADED("规上企业中已达标定级的(一至三级)");

        private final String label;

        Coverage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public EnterpriseFilter(String region, String sector, UnitType unitType, Boolean highRisk,
            EnterpriseStatus status, String q) {
        this(region, sector, unitType, highRisk, status, q, null);
    }

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null, null, null, null);
    }
}
