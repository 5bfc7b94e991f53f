package org.zhiben.risk.sheet;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhiben.risk.AccidentType;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.ControlLevel;
import org.zhiben.risk.MeasureCategory;
import org.zhiben.risk.ObjectKind;
import org.zhiben.risk.RiskLevel;

/** The columns of the 风险管控清单 sheet and the Chinese values of its enumerations, shared by export and import. */
final class SheetLayout {

    static final String OBJECT = "分析对象";
    static final String KIND = "对象类型";
    static final String MAJOR = "是否重大危险源";
    static final String CODE = "危险源编码";
    static final String UNIT = "分析单元";
    static final String CONTROL = "管控层级";
    static final String DEPARTMENT = "责任部门";
    static final String PERSON = "责任人";
    static final String EVENT = "风险事件";
    static final String FACTOR = "危害因素代码";
    static final String ACCIDENTS = "可能事故类型";
    static final String METHOD = "评价方法";
    static final String INPUTS = "评价输入";
    static final String VALUE = "风险值";
    static final String LEVEL = "风险等级";
    static final String ENGINEERING = "工程技术措施";
    static final String MAINTENANCE = "维护保养措施";
    static final String OPERATION = "操作行为措施";
    static final String EMERGENCY = "应急措施";
    static final String MEASURE_PERSON = "措施责任人";

    static final List<String> HEADERS = List.of(OBJECT, KIND, MAJOR, CODE, UNIT, CONTROL, DEPARTMENT, PERSON, EVENT,
            FACTOR, ACCIDENTS, METHOD, INPUTS, VALUE, LEVEL, ENGINEERING, MAINTENANCE, OPERATION, EMERGENCY,
            MEASURE_PERSON);

    /** The measure columns in the order of {@link MeasureCategory}. */
    static final Map<MeasureCategory, String> MEASURE_COLUMNS = Map.of(MeasureCategory.ENGINEERING, ENGINEERING,
            MeasureCategory.MAINTENANCE, MAINTENANCE, MeasureCategory.OPERATION, OPERATION,
            MeasureCategory.EMERGENCY, EMERGENCY);

    static final Map<ObjectKind, String> KINDS = Map.of(ObjectKind.EQUIPMENT, "设备设施", ObjectKind.ACTIVITY, "作业活动",
            ObjectKind.AREA, "区域场所");
    static final Map<ControlLevel, String> CONTROL_LEVELS = Map.of(ControlLevel.COMPANY, "公司",
            ControlLevel.WORKSHOP, "车间", ControlLevel.TEAM, "班组", ControlLevel.POST, "岗位");
    static final String DIRECT = "直接判定";
    /** The 评价输入 of a direct judgment on a major hazard source; any other text is the criterion quoted. */
    static final String DIRECT_MAJOR_HAZARD_SOURCE = "重大危险源";
    static final String SEPARATOR = ";";

    private SheetLayout() {
    }

    static String method(AssessmentMethod m) {
        return m == AssessmentMethod.DIRECT ? DIRECT : m.name();
    }

    static AssessmentMethod method(String text) {
        if (DIRECT.equals(text)) {
            return AssessmentMethod.DIRECT;
        }
        return Arrays.stream(AssessmentMethod.values()).filter(m -> m != AssessmentMethod.DIRECT)
                .filter(m -> m.name().equalsIgnoreCase(text)).findFirst().orElse(null);
    }

    static RiskLevel level(String label) {
        return Arrays.stream(RiskLevel.values()).filter(l -> l.label().equals(label)).findFirst().orElse(null);
    }

    static AccidentType accident(String label) {
        return Arrays.stream(AccidentType.values()).filter(a -> a.label().equals(label)).findFirst().orElse(null);
    }

    static <E> Map<String, E> reverse(Map<E, String> labels) {
        return labels.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    }

    /** {@code L=6;E=6;C=15}, factors in the method's order. */
    static String inputs(AssessmentMethod method, Map<String, BigDecimal> inputs) {
        return method.factors().stream().filter(inputs::containsKey)
                .map(f -> f.toUpperCase(Locale.ROOT) + "=" + inputs.get(f).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(SEPARATOR));
    }

    static String joined(List<String> values) {
        return String.join(SEPARATOR, values);
    }

}
