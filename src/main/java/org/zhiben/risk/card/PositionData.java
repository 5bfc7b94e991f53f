package org.zhiben.risk.card;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;

/**
 * A position as entered: its name, the analysis units it works in, and the texts of its cards, one step or duty per
 * line.
 */
record PositionData(String name, Set<UUID> unitIds, String responsibilities, String operatingSteps,
        String emergencySteps) {

    static final int MAX_TEXT = 4000;

    PositionData {
        unitIds = unitIds == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(unitIds));
    }

    /** Trimmed and checked; {@code knownUnits} are the enterprise's unit ids. */
    PositionData validated(Set<UUID> knownUnits) {
        PositionData d = new PositionData(text(name), unitIds, text(responsibilities), text(operatingSteps),
                text(emergencySteps));
        List<FieldViolation> v = new ArrayList<>();
        if (d.name == null) {
            v.add(new FieldViolation("name", "请填写岗位名称"));
        } else if (d.name.length() > 100) {
            v.add(new FieldViolation("name", "岗位名称不能超过100个字符"));
        }
        if (d.unitIds.isEmpty()) {
            v.add(new FieldViolation("unitIds", "请至少选择一个风险分析单元"));
        } else if (!knownUnits.containsAll(d.unitIds)) {
            v.add(new FieldViolation("unitIds", "所选风险分析单元不属于本企业"));
        }
        length(v, d.responsibilities, "responsibilities", "岗位职责");
        length(v, d.operatingSteps, "operatingSteps", "操作步骤");
        length(v, d.emergencySteps, "emergencySteps", "应急处置步骤");
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return d;
    }

    /** The non-blank lines of a text, e.g. the steps of a card. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void length(List<FieldViolation> v, String value, String field, String label) {
        if (value != null && value.length() > MAX_TEXT) {
            v.add(new FieldViolation(field, label + "不能超过" + MAX_TEXT + "个字符"));
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip().replace("\r\n", "\n");
    }
}
