package org.zhiben.hazard.statistics;

import java.time.LocalDate;

/**
 * Where one period's table stands for an enterprise. {@code first} is the first signature (its date decides
 * lateness), {@code latest} the current one; CHANGED means the figures differ from what was last signed.
 */
public record PeriodStatus(StatisticsPeriod period, LocalDate dueDate, State state, Signoff first, Signoff latest) {

    public enum State {
        /** Period ended, due date not passed, not signed. */
        DUE,
        /** Due date passed, not signed. */
        OVERDUE,
        SIGNED,
        SIGNED_LATE,
        /** Signed, but the figures have changed since: the principal should sign again. */
        CHANGED
    }
}
