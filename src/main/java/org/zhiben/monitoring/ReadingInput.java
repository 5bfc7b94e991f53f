package org.zhiben.monitoring;

import java.time.Instant;

/**
 * One reading as a gateway sends it: the point's code, the time measured, the value and an optional quality
 * (0 good, the default; anything else is stored as sent). Missing fields make the reading malformed.
 */
public record ReadingInput(String pointCode, Instant ts, Double value, Integer quality) {
}
