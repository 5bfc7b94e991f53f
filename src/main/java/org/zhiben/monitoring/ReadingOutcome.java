package org.zhiben.monitoring;

/**
 * What became of one reading of a batch: {@code ACCEPTED} (stored, evaluated for alarms), {@code DUPLICATE} (the point
 * already has a reading at that time: nothing changed), {@code LATE} (stored and rolled up, but older than the point's
 * newest reading, so it moves no alarm), or {@code REJECTED} with a reason: {@code MALFORMED}, {@code UNKNOWN_POINT},
 * {@code INACTIVE}, {@code OUT_OF_RANGE}, {@code FUTURE}, {@code TOO_OLD}. {@code alarm} is set when the reading
 * opened or raised an alarm.
 */
public record ReadingOutcome(int index, String pointCode, Status status, String reason, String message,
        AlarmLevel alarm) {

    public enum Status { ACCEPTED, DUPLICATE, LATE, REJECTED }

    public static ReadingOutcome rejected(int index, String pointCode, String reason, String message) {
        return new ReadingOutcome(index, pointCode, Status.REJECTED, reason, message, null);
    }
}
