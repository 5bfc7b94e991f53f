package org.zhiben.risk.assessment;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.zhiben.common.FieldViolation;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.internal.GradingTable.Band;
import org.zhiben.risk.internal.GradingTable.FactorValue;
import org.zhiben.risk.internal.MajorHazardTable.AlphaBand;
import org.zhiben.risk.internal.MajorHazardTable.Category;
import org.zhiben.risk.internal.MajorHazardTable.Substance;

/**
 * The edit forms of the admin page. Each lists its rows as typed (numbers as text, so a typo is reported rather
 * than lost); empty rows are dropped, which is how a row is deleted, and two empty rows are offered for additions.
 */
final class RiskTableForms {

    static final int SPARE_ROWS = 2;

    private RiskTableForms() {
    }

    /** Version for the optimistic check, and the messages of a rejected edit by field. */
    public abstract static class EditForm {
        private long version;
        private final Map<String, String> errors = new HashMap<>();

        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }

        /** The message for {@code field} (e.g. {@code values[2].value}), or null. */
        public String error(String field) {
            return errors.get(field);
        }

        void reject(List<FieldViolation> violations) {
            violations.forEach(v -> errors.merge(v.field(), v.message(), (a, b) -> a + ";" + b));
        }

        /** Messages not tied to one input (whole list, version), shown above the form. */
        public List<String> generalErrors() {
            return errors.entrySet().stream().filter(e -> !e.getKey().contains("[")).map(Map.Entry::getValue).toList();
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        abstract void compact();

        abstract void addSpareRows();
    }

    /** One scoring method: its factor values and its bands. */
    public static class MethodForm extends EditForm {
        private List<@Valid ValueRow> values = new ArrayList<>();
        private List<@Valid BandRow> bands = new ArrayList<>();

        static MethodForm of(long version, List<FactorValue> values, List<Band> bands) {
            MethodForm form = new MethodForm();
            form.setVersion(version);
            values.forEach(v -> form.values.add(new ValueRow(v.factor(), text(v.value()), v.meaning())));
            bands.forEach(b -> form.bands.add(new BandRow(text(b.lowerBound()), b.inclusive(), b.level().name(),
                    b.description())));
            form.addSpareRows();
            return form;
        }

        List<FactorValue> toValues(AssessmentMethod method, List<FieldViolation> problems) {
            List<FactorValue> result = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                ValueRow row = values.get(i);
                result.add(new FactorValue(method, row.factor, number(row.value, "values[" + i + "].value", problems),
                        row.meaning));
            }
            return result;
        }

        List<Band> toBands(AssessmentMethod method, List<FieldViolation> problems) {
            List<Band> result = new ArrayList<>();
            for (int i = 0; i < bands.size(); i++) {
                BandRow row = bands.get(i);
                RiskLevel level = java.util.Arrays.stream(RiskLevel.values()).filter(l -> l.name().equals(row.level))
                        .findFirst().orElse(null);
                result.add(new Band(method, number(row.lowerBound, "bands[" + i + "].lowerBound", problems),
                        row.inclusive, level, row.description));
            }
            return result;
        }

        @Override
        void compact() {
            values = nonBlank(values, r -> blank(r.value) && blank(r.meaning));
            bands = nonBlank(bands, r -> blank(r.lowerBound) && blank(r.level) && blank(r.description));
        }

        @Override
        void addSpareRows() {
            spare(values, ValueRow::new);
            spare(bands, BandRow::new);
        }

        public List<ValueRow> getValues() { return values; }
        public void setValues(List<ValueRow> values) { this.values = values; }
        public List<BandRow> getBands() { return bands; }
        public void setBands(List<BandRow> bands) { this.bands = bands; }
    }

    public static class ValueRow {
        private @Size(max = 8) String factor;
        private @Size(max = 32) String value;
        private @Size(max = 100) String meaning;

        public ValueRow() {
        }

        ValueRow(String factor, String value, String meaning) {
            this.factor = factor;
            this.value = value;
            this.meaning = meaning;
        }

        public String getFactor() { return factor; }
        public void setFactor(String factor) { this.factor = factor; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getMeaning() { return meaning; }
        public void setMeaning(String meaning) { this.meaning = meaning; }
    }

    public static class BandRow {
        private @Size(max = 32) String lowerBound;
        private boolean inclusive;
        private @Size(max = 8) String level;
        private @Size(max = 500) String description;

        public BandRow() {
        }

        BandRow(String lowerBound, boolean inclusive, String level, String description) {
            this.lowerBound = lowerBound;
            this.inclusive = inclusive;
            this.level = level;
            this.description = description;
        }

        public String getLowerBound() { return lowerBound; }
        public void setLowerBound(String lowerBound) { this.lowerBound = lowerBound; }
        public boolean isInclusive() { return inclusive; }
        public void setInclusive(boolean inclusive) { this.inclusive = inclusive; }
        public String getLevel() { return level; }
        public void setLevel(String level) { this.level = level; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    /** GB 18218 categories. */
    public static class CategoriesForm extends EditForm {
        private List<@Valid CategoryRow> categories = new ArrayList<>();

        static CategoriesForm of(long version, List<Category> categories) {
            CategoriesForm form = new CategoriesForm();
            form.setVersion(version);
            categories.forEach(c -> form.categories.add(new CategoryRow(c.code(), c.description(), text(c.q()), text(c.beta()))));
            form.addSpareRows();
            return form;
        }

        List<Category> toCategories(List<FieldViolation> problems) {
            List<Category> result = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                CategoryRow row = categories.get(i);
                result.add(new Category(row.code, row.description, number(row.q, "categories[" + i + "].q", problems),
                        number(row.beta, "categories[" + i + "].beta", problems)));
            }
            return result;
        }

        @Override
        void compact() {
            categories = nonBlank(categories, r -> blank(r.code) && blank(r.description) && blank(r.q) && blank(r.beta));
        }

        @Override
        void addSpareRows() {
            spare(categories, CategoryRow::new);
        }

        public List<CategoryRow> getCategories() { return categories; }
        public void setCategories(List<CategoryRow> categories) { this.categories = categories; }
    }

    public static class CategoryRow {
        private @Size(max = 16) String code;
        private @Size(max = 500) String description;
        private @Size(max = 100) String q;
        private @Size(max = 32) String beta;

        public CategoryRow() {
        }

        CategoryRow(String code, String description, String q, String beta) {
            this.code = code;
            this.description = description;
            this.q = q;
            this.beta = beta;
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getQ() { return q; }
        public void setQ(String q) { this.q = q; }
        public String getBeta() { return beta; }
        public void setBeta(String beta) { this.beta = beta; }
    }

    /** GB 18218 named substances. */
    public static class SubstancesForm extends EditForm {
        private List<@Valid SubstanceRow> substances = new ArrayList<>();

        static SubstancesForm of(long version, List<Substance> substances) {
            SubstancesForm form = new SubstancesForm();
            form.setVersion(version);
            substances.forEach(s -> form.substances.add(new SubstanceRow(s.name(), s.cas(), s.category(), text(s.q()),
                    text(s.beta()))));
            form.addSpareRows();
            return form;
        }

        List<Substance> toSubstances(List<FieldViolation> problems) {
            List<Substance> result = new ArrayList<>();
            for (int i = 0; i < substances.size(); i++) {
                SubstanceRow row = substances.get(i);
                result.add(new Substance(row.name, row.cas, row.category,
                        number(row.q, "substances[" + i + "].q", problems),
                        number(row.beta, "substances[" + i + "].beta", problems)));
            }
            return result;
        }

        @Override
        void compact() {
            substances = nonBlank(substances,
                    r -> blank(r.name) && blank(r.cas) && blank(r.category) && blank(r.q) && blank(r.beta));
        }

        @Override
        void addSpareRows() {
            spare(substances, SubstanceRow::new);
        }

        public List<SubstanceRow> getSubstances() { return substances; }
        public void setSubstances(List<SubstanceRow> substances) { this.substances = substances; }
    }

    public static class SubstanceRow {
        private @Size(max = 100) String name;
        private @Size(max = 16) String cas;
        private @Size(max = 16) String category;
        private @Size(max = 100) String q;
        private @Size(max = 32) String beta;

        public SubstanceRow() {
        }

        SubstanceRow(String name, String cas, String category, String q, String beta) {
            this.name = name;
            this.cas = cas;
            this.category = category;
            this.q = q;
            this.beta = beta;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getCas() { return cas; }
        public void setCas(String cas) { this.cas = cas; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public String getQ() { return q; }
        public void setQ(String q) { this.q = q; }
        public String getBeta() { return beta; }
        public void setBeta(String beta) { this.beta = beta; }
    }

    /** GB 18218 α by outside population. */
    public static class AlphaForm extends EditForm {
        private List<@Valid AlphaRow> alphaBands = new ArrayList<>();

        static AlphaForm of(long version, List<AlphaBand> bands) {
            AlphaForm form = new AlphaForm();
            form.setVersion(version);
            bands.forEach(b -> form.alphaBands.add(new AlphaRow(String.valueOf(b.minPopulation()), text(b.alpha()))));
            form.addSpareRows();
            return form;
        }

        List<AlphaBand> toAlphaBands(List<FieldViolation> problems) {
            List<AlphaBand> result = new ArrayList<>();
            for (int i = 0; i < alphaBands.size(); i++) {
                AlphaRow row = alphaBands.get(i);
                String field = "alphaBands[" + i + "].minPopulation";
                int min = 0;
                try {
                    min = Integer.parseInt(row.minPopulation == null ? "" : row.minPopulation.strip());
                } catch (NumberFormatException e) {
                    problems.add(new FieldViolation(field, "人数下限须为整数"));
                }
                result.add(new AlphaBand(min, number(row.alpha, "alphaBands[" + i + "].alpha", problems)));
            }
            return result;
        }

        @Override
        void compact() {
            alphaBands = nonBlank(alphaBands, r -> blank(r.minPopulation) && blank(r.alpha));
        }

        @Override
        void addSpareRows() {
            spare(alphaBands, AlphaRow::new);
        }

        public List<AlphaRow> getAlphaBands() { return alphaBands; }
        public void setAlphaBands(List<AlphaRow> alphaBands) { this.alphaBands = alphaBands; }
    }

    public static class AlphaRow {
        private @Size(max = 32) String minPopulation;
        private @Size(max = 32) String alpha;

        public AlphaRow() {
        }

        AlphaRow(String minPopulation, String alpha) {
            this.minPopulation = minPopulation;
            this.alpha = alpha;
        }

        public String getMinPopulation() { return minPopulation; }
        public void setMinPopulation(String minPopulation) { this.minPopulation = minPopulation; }
        public String getAlpha() { return alpha; }
        public void setAlpha(String alpha) { this.alpha = alpha; }
    }

    /** Null for an empty text; a problem (and null) for one that is not a number. */
    static BigDecimal number(String text, String field, List<FieldViolation> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldViolation(field, "须为数字"));
            return null;
        }
    }

    static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> List<T> nonBlank(List<T> rows, Predicate<T> isBlank) {
        return new ArrayList<>(rows.stream().filter(r -> r != null && !isBlank.test(r)).toList());
    }

    private static <T> void spare(List<T> rows, Supplier<T> empty) {
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(empty.get());
        }
    }
}
