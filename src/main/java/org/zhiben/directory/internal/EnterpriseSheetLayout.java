package org.zhiben.directory.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.zhiben.common.FieldViolation;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.directory.EnterpriseScale;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.directory.UnitType;

/**
 * The enterprise sheet's columns, shared by import and export so that an exported file re-imports unchanged.
 * Field names match {@link EnterpriseValidator}'s, so its violations map onto column headers.
 */
public final class EnterpriseSheetLayout {

    public enum Column {
        USCC("统一社会信用代码", "uscc", 22),
        NAME("单位名称", "name", 36),
        UNIT_TYPE("单位类型", "unitType", 14),
        SECTORS("行业领域", "sectors", 12),
        INDUSTRY_CATEGORY("国民经济行业门类", "industryCategory", 10),
        REGION_CODE("所在区划代码", "regionCode", 16),
        ADDRESS("地址", "address", 40),
        PRINCIPAL_NAME("主要负责人", "principalName", 12),
        PRINCIPAL_PHONE("主要负责人电话", "principalPhone", 16),
        ACTUAL_CONTROLLER_NAME("实际控制人", "actualControllerName", 12),
        ACTUAL_CONTROLLER_PHONE("实际控制人电话", "actualControllerPhone", 16),
        SAFETY_MANAGER_NAME("安全管理人员", "safetyManagerName", 12),
        SAFETY_MANAGER_PHONE("安全管理人员电话", "safetyManagerPhone", 16),
        SCALE("规模", "scale", 8),
        HIGH_RISK("高危", "highRisk", 6),
        STANDARDIZATION_GRADE("标准化等级", "standardizationGrade", 10),
        STATUS("经营状态", "status", 10),
        BENEFICIAL_OWNER_NAME("实际受益人", "beneficialOwnerName", 12),
        PARENT_COMPANY_NAME("上级公司", "parentCompanyName", 30),
        PARENT_COMPANY_USCC("上级公司统一社会信用代码", "parentCompanyUscc", 22);

        private final String header;
        private final String field;
        private final int width;

        Column(String header, String field, int width) {
            this.header = header;
            this.field = field;
            this.width = width;
        }

        public String header() {
            return header;
        }

        public String field() {
            return field;
        }

        /** Suggested column width in characters. */
        public int width() {
            return width;
        }
    }

    public static final List<Column> COLUMNS = List.of(Column.values());
    public static final int WIDTH = COLUMNS.size();
    public static final String SECTOR_SEPARATOR = ";";

    private static final Pattern SECTOR_SPLIT = Pattern.compile("[;;、,,]");
    private static final Pattern TRAILING_ZERO_FRACTION = Pattern.compile("\\d+\\.0+");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(\\.\\d+)?[Ee]\\+?\\d+");

    private EnterpriseSheetLayout() {
    }

    /** A parsed data row: the data (fields that could not be read are null) and the problems reading it. */
    public record ParsedRow(EnterpriseData data, List<FieldViolation> problems) {
    }

    /** Null when the header row matches the layout, else the problem naming the offending column. */
    public static String headerProblem(String[] cells) {
        for (int i = 0; i < WIDTH; i++) {
            String expected = COLUMNS.get(i).header();
            String actual = i < cells.length ? strip(cells[i]) : null;
            if (!expected.equals(actual)) {
                return "表头第" + (i + 1) + "列应为“" + expected + "”,实际为“" + (actual == null ? "" : actual)
                        + "”";
            }
        }
        for (int i = WIDTH; i < cells.length; i++) {
            String extra = strip(cells[i]);
            if (extra != null) {
                return "表头第" + (i + 1) + "列“" + extra + "”不是模板中的列(模板共" + WIDTH + "列)";
            }
        }
        return null;
    }

    public static boolean blank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Reads one data row; the caller still has to run {@link EnterpriseValidator} on the result. */
    public static ParsedRow parse(String[] cells) {
        List<FieldViolation> problems = new ArrayList<>(0);
        String uscc = cell(cells, Column.USCC);
        String name = cell(cells, Column.NAME);
        UnitType unitType = choice(cells, Column.UNIT_TYPE, UnitType::fromLabel,
                Arrays.stream(UnitType.values()).map(UnitType::label).toList(), problems);
        Set<String> sectors = sectors(cell(cells, Column.SECTORS));
        String category = cell(cells, Column.INDUSTRY_CATEGORY);
        String region = digits(cell(cells, Column.REGION_CODE));
        EnterpriseScale scale = choice(cells, Column.SCALE, EnterpriseScale::fromLabel,
                Arrays.stream(EnterpriseScale.values()).map(EnterpriseScale::label).toList(), problems);
        Boolean highRisk = yesNo(cell(cells, Column.HIGH_RISK), problems);
        StandardizationGrade grade = choice(cells, Column.STANDARDIZATION_GRADE, StandardizationGrade::fromLabel,
                Arrays.stream(StandardizationGrade.values()).map(StandardizationGrade::label).toList(), problems);
        EnterpriseStatus status = choice(cells, Column.STATUS, EnterpriseStatus::fromLabel,
                Arrays.stream(EnterpriseStatus.values()).map(EnterpriseStatus::label).toList(), problems);
        EnterpriseData data = new EnterpriseData(uscc, name, unitType, sectors,
                category == null ? null : category.toUpperCase(), region, cell(cells, Column.ADDRESS),
                cell(cells, Column.PRINCIPAL_NAME), digits(cell(cells, Column.PRINCIPAL_PHONE)),
                cell(cells, Column.ACTUAL_CONTROLLER_NAME), digits(cell(cells, Column.ACTUAL_CONTROLLER_PHONE)),
                cell(cells, Column.SAFETY_MANAGER_NAME), digits(cell(cells, Column.SAFETY_MANAGER_PHONE)), scale,
                Boolean.TRUE.equals(highRisk), grade, status, cell(cells, Column.BENEFICIAL_OWNER_NAME),
                cell(cells, Column.PARENT_COMPANY_NAME), cell(cells, Column.PARENT_COMPANY_USCC));
        return new ParsedRow(data, problems);
    }

    /** One enterprise as a sheet row (null for an empty cell). */
    public static String[] format(Enterprise e) {
        String[] row = new String[WIDTH];
        row[Column.USCC.ordinal()] = e.getUscc();
        row[Column.NAME.ordinal()] = e.getName();
        row[Column.UNIT_TYPE.ordinal()] = e.getUnitType() == null ? null : e.getUnitType().label();
        row[Column.SECTORS.ordinal()] = String.join(SECTOR_SEPARATOR, new TreeSet<>(e.getSectors()));
        row[Column.INDUSTRY_CATEGORY.ordinal()] = e.getIndustryCategory();
        row[Column.REGION_CODE.ordinal()] = e.getRegionCode();
        row[Column.ADDRESS.ordinal()] = e.getAddress();
        row[Column.PRINCIPAL_NAME.ordinal()] = e.getPrincipalName();
        row[Column.PRINCIPAL_PHONE.ordinal()] = e.getPrincipalPhone();
        row[Column.ACTUAL_CONTROLLER_NAME.ordinal()] = e.getActualControllerName();
        row[Column.ACTUAL_CONTROLLER_PHONE.ordinal()] = e.getActualControllerPhone();
        row[Column.SAFETY_MANAGER_NAME.ordinal()] = e.getSafetyManagerName();
        row[Column.SAFETY_MANAGER_PHONE.ordinal()] = e.getSafetyManagerPhone();
        row[Column.SCALE.ordinal()] = e.getScale() == null ? null : e.getScale().label();
        row[Column.HIGH_RISK.ordinal()] = e.isHighRisk() ? "是" : "否";
        row[Column.STANDARDIZATION_GRADE.ordinal()] = e.getStandardizationGrade() == null ? null
                : e.getStandardizationGrade().label();
        row[Column.STATUS.ordinal()] = e.getStatus() == null ? null : e.getStatus().label();
        row[Column.BENEFICIAL_OWNER_NAME.ordinal()] = e.getBeneficialOwnerName();
        row[Column.PARENT_COMPANY_NAME.ordinal()] = e.getParentCompanyName();
        row[Column.PARENT_COMPANY_USCC.ordinal()] = e.getParentCompanyUscc();
        return row;
    }

    /** The column header for a validator field name (the USCC column when unknown). */
    public static String headerOf(String field) {
        for (Column c : COLUMNS) {
            if (c.field().equals(field)) {
                return c.header();
            }
        }
        return Column.USCC.header();
    }

    private static String cell(String[] cells, Column column) {
        int i = column.ordinal();
        return i < cells.length ? strip(cells[i]) : null;
    }

    private static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static <T> T choice(String[] cells, Column column, Function<String, Optional<T>> fromLabel,
            List<String> labels, List<FieldViolation> problems) {
        String text = cell(cells, column);
        if (text == null) {
            return null; // the validator reports the missing value
        }
        Optional<T> value = fromLabel.apply(text);
        if (value.isEmpty()) {
            problems.add(new FieldViolation(column.field(),
                    column.header() + "“" + text + "”无法识别,应为:" + String.join("、", labels)));
        }
        return value.orElse(null);
    }

    private static Boolean yesNo(String text, List<FieldViolation> problems) {
        if (text == null) {
            problems.add(new FieldViolation(Column.HIGH_RISK.field(), "请填写高危:是/否"));
            return null;
        }
        return switch (text) {
            case "是", "Y", "y", "TRUE", "true" -> true;
            case "否", "N", "n", "FALSE", "false" -> false;
            default -> {
                problems.add(new FieldViolation(Column.HIGH_RISK.field(), "高危“" + text + "”无法识别,应为:是、否"));
                yield null;
            }
        };
    }

    /** '02;06', '02;06', '2、6', '02,06': codes, a single digit padded to two ('2' from a number cell). */
    private static Set<String> sectors(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(SECTOR_SPLIT.split(text)).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.length() == 1 && Character.isDigit(s.charAt(0)) ? "0" + s : s)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * A digits column (region code, phone) that reached us as a number's text: '140403001001.0' or
     * '1.40403001001E11' become their plain digits. Other text is left as typed.
     */
    static String digits(String text) {
        if (text == null) {
            return null;
        }
        if (TRAILING_ZERO_FRACTION.matcher(text).matches()) {
            return text.substring(0, text.indexOf('.'));
        }
        if (SCIENTIFIC.matcher(text).matches()) {
            BigDecimal value = new BigDecimal(text);
            if (value.stripTrailingZeros().scale() <= 0) {
                return value.toBigInteger().toString();
            }
        }
        return text;
    }
}
