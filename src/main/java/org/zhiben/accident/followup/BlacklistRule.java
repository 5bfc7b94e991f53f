package org.zhiben.accident.followup;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhiben.accident.AccidentFlag;
import org.zhiben.accident.AccidentGrade;

/**
 * Which accidents get a 黑名单 (不良记录) proposal. Seed 004 §(八) names 严重非法违法行为 and accidents 性质恶劣、危害严重、
 * 社会影响较大 without figures, so the default is a setting: a 生产安全事故 of grade {@code min-grade} or above
 * (default 较大, the first grade investigated above the county), or one found 瞒报 or 谎报 ({@code flags}, a
 * concealed or falsified report is itself a serious illegal act). The proposed term is {@code term} (default three
 * years, the 管理期限 of 安全生产严重失信主体名单 — to check against 应急管理部令第11号); the official sets the end date.
 * A lifetime-ban proposal (安全生产法 第九十四条; seeds 000 and 003) goes with 重大 and 特别重大 accidents of an
 * enterprise.
 */
@Component
public class BlacklistRule {

    private final AccidentGrade minGrade;
    private final Set<AccidentFlag> flags;
    private final Period term;

    public BlacklistRule(@Value("${zhiben.accident.blacklist.min-grade:LARGE}") AccidentGrade minGrade,
            @Value("${zhiben.accident.blacklist.flags:CONCEALED,FALSIFIED}") Set<AccidentFlag> flags,
            @Value("${zhiben.accident.blacklist.term:P3Y}") Period term) {
        this.minGrade = minGrade;
        this.flags = flags.isEmpty() ? EnumSet.noneOf(AccidentFlag.class) : EnumSet.copyOf(flags);
        this.term = term;
    }

    /** Why an accident is proposed for the blacklist, or empty when it is not. */
    public Optional<String> basis(AccidentGrade grade, Set<AccidentFlag> found, boolean productionSafety) {
        if (!productionSafety) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>();
        if (grade.ordinal() >= minGrade.ordinal()) {
            why.add(grade.label() + "(" + minGrade.label().replace("事故", "") + "及以上事故提议列入)");
        }
        for (AccidentFlag f : found) {
            if (flags.contains(f)) {
                why.add("事故" + f.label());
            }
        }
        return why.isEmpty() ? Optional.empty() : Optional.of(String.join("、", why));
    }

    /** Whether the law provides a lifetime ban of the enterprise's 主要负责人 (and, by seed 003, 实际控制人). */
    public static boolean lifetimeBan(AccidentGrade grade, boolean enterprise) {
        return enterprise && grade.ordinal() >= AccidentGrade.MAJOR.ordinal();
    }

    public Period term() {
        return term;
    }

    public AccidentGrade minGrade() {
        return minGrade;
    }
}
