package org.zhiben.tip;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How long each step of a tip's handling may take, counted from entering the state: {@code
 * zhiben.tip.limits.<state>} as an ISO duration (for example {@code zhiben.tip.limits.received=P5D}). Defaults:
 * 受理 within 5 days of receipt, 核查 begun within 5 days and finished within 60, the hazard or case linked within 30,
 * the reward approved and paid within 30 each, the reporter answered within 15 days of the last step, the tip closed
 * within 15 days of the answer. A tip past its step's deadline is overdue; its handler and the officials covering it
 * are reminded once per step.
 */
@Component
public class TipLimits {

    private static final Map<TipState, Duration> DEFAULTS = new EnumMap<>(Map.ofEntries(
            Map.entry(TipState.RECEIVED, Duration.ofDays(5)),
            Map.entry(TipState.ACCEPTED, Duration.ofDays(5)),
            Map.entry(TipState.VERIFYING, Duration.ofDays(60)),
            Map.entry(TipState.VERIFIED, Duration.ofDays(30)),
            Map.entry(TipState.LINKED, Duration.ofDays(30)),
            Map.entry(TipState.REWARD_PROPOSED, Duration.ofDays(30)),
            Map.entry(TipState.REWARD_APPROVED, Duration.ofDays(30)),
            Map.entry(TipState.REWARD_PAID, Duration.ofDays(15)),
            Map.entry(TipState.REJECTED, Duration.ofDays(15)),
            Map.entry(TipState.REPLIED, Duration.ofDays(15))));

    private final Map<TipState, Duration> limits = new EnumMap<>(TipState.class);

    public TipLimits(Environment env) {
        for (TipState s : TipState.values()) {
            if (s.terminal()) {
                continue;
            }
            String key = "zhiben.tip.limits." + s.name().toLowerCase().replace('_', '-');
            String value = env.getProperty(key);
            Duration d = value == null || value.isBlank() ? DEFAULTS.get(s) : Duration.parse(value.strip());
            if (d.isNegative() || d.isZero()) {
                throw new IllegalStateException(key + " must be positive");
            }
            limits.put(s, d);
        }
    }

    /** The defaults alone (unit tests). */
    public static TipLimits defaults() {
        return new TipLimits(new org.springframework.core.env.StandardEnvironment());
    }

    public Duration of(TipState state) {
        return limits.get(state);
    }

    public Instant dueFrom(TipState state, Instant entered) {
        Duration d = limits.get(state);
        return d == null ? null : entered.plus(d);
    }
}
