package org.zhiben.training;

import java.math.BigDecimal;

/** A course: title, what its hours count as, hours, description. */
public record CourseData(String title, HoursKind kind, BigDecimal hours, String description) {
}
