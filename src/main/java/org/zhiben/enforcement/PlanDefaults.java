package org.zhiben.enforcement;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The default share and frequency of 双随机 checks per supervision category, used where a plan does not set its own.
 * No seed sets a ratio (DOMAIN S11: configurable); the platform's defaults are 重点监管 50 % of the objects twice a
 * year, 一般监管 20 % once, 激励类 5 % once, under {@code zhiben.enforcement.plan.<key|general|incentive>.share-percent}
 * and {@code .rounds}.
 */
@Component
public class PlanDefaults {

    /** A category's default: percent of its objects per round and rounds per year. */
    public record Share(int sharePercent, int rounds) {
    }

    private final Map<SupervisionCategory, Share> shares = new EnumMap<>(SupervisionCategory.class);

    PlanDefaults(@Value("${zhiben.enforcement.plan.key.share-percent:50}") int keyShare,
            @Value("${zhiben.enforcement.plan.key.rounds:2}") int keyRounds,
            @Value("${zhiben.enforcement.plan.general.share-percent:20}") int generalShare,
            @Value("${zhiben.enforcement.plan.general.rounds:1}") int generalRounds,
            @Value("${zhiben.enforcement.plan.incentive.share-percent:5}") int incentiveShare,
            @Value("${zhiben.enforcement.plan.incentive.rounds:1}") int incentiveRounds) {
        shares.put(SupervisionCategory.KEY, check(keyShare, keyRounds));
        shares.put(SupervisionCategory.GENERAL, check(generalShare, generalRounds));
        shares.put(SupervisionCategory.INCENTIVE, check(incentiveShare, incentiveRounds));
    }

    private static Share check(int share, int rounds) {
        if (share < 0 || share > 100 || rounds < 0 || rounds > 12) {
            throw new IllegalStateException("zhiben.enforcement.plan: 抽查比例应为0至100,频次应为每年0至12次");
        }
        return new Share(share, rounds);
    }

    public Share of(SupervisionCategory category) {
        return shares.get(category);
    }
}
