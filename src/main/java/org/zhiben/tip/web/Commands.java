package org.zhiben.tip.web;

import java.math.BigDecimal;
import java.util.UUID;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardType;
import org.zhiben.tip.RejectReason;
import org.zhiben.tip.RewardKind;
import org.zhiben.tip.TipAction;
import org.zhiben.tip.TipFinding;
import org.zhiben.tip.Tips;

/** Text from pages and JSON turned into a command, each bad value a message on its field. */
final class Commands {

    private Commands() {
    }

    static Tips.Command of(TipActionForm f) {
        return new Tips.Command(enumOf(TipAction.class, "action", f.getAction(), true),
                f.getNote(), enumOf(RejectReason.class, "reason", f.getReason(), false), f.getSameMatterAs(),
                blank(f.getSectorCode()), enumOf(TipFinding.class, "finding", f.getFinding(), false),
                f.getHazardDescription(), enumOf(HazardLevel.class, "hazardLevel", f.getHazardLevel(), false),
                enumOf(HazardType.class, "hazardType", f.getHazardType(), false), uuid("caseId", f.getCaseId()),
                blank(f.getCaseNo()), yuan("penaltyYuan", f.getPenaltyYuan()),
                enumOf(RewardKind.class, "rewardKind", f.getRewardKind(), false),
                count("concealedDeaths", f.getConcealedDeaths()), blank(f.getAccidentGrade()), f.getText());
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value, boolean required) {
        if (required && (value == null || value.isBlank())) {
            throw new InvalidInputException(field, "请选择");
        }
        return InputRules.choice(type, field, value, "请选择有效的选项");
    }

    static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "编号格式不正确");
        }
    }

    static BigDecimal yuan(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "请填写金额(元)");
        }
    }

    static Integer count(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "请填写人数(整数)");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
