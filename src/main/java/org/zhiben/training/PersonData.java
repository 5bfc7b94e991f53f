package org.zhiben.training;

import java.time.LocalDate;
import java.util.UUID;

/** What a manager sets on a person (一人一档). */
public record PersonData(String name, String staffNo, PersonKind kind, String position, LocalDate hiredOn,
        LocalDate postChangedOn, LocalDate awayFrom, LocalDate returnedOn, boolean principal,
        boolean safetyManager, boolean specialOperator, UUID userId) {
}
