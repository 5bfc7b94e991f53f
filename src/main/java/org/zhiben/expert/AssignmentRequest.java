package org.zhiben.expert;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An official's request for an expert at an enterprise: drawn ({@code expertId} null) or chosen ({@code expertId}
 * with a {@code reason}); the assignment lasts {@code from..until} (both days inclusive).
 */
public record AssignmentRequest(UUID enterpriseId, AssignmentKind kind, UUID expertId, @Size(max = 1000) String reason,
        LocalDate from, LocalDate until) {
}
