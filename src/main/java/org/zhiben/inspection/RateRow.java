package org.zhiben.inspection;

/** Completion of closed tasks in a group: done / (done + missed); {@code open} tasks are not counted in the rate. */
public record RateRow(String key, String label, long done, long missed, long open) {

    /** Percent with one decimal, or null when nothing closed yet. */
    public Double rate() {
        long closed = done + missed;
        return closed == 0 ? null : Math.round(done * 1000.0 / closed) / 10.0;
    }
}
