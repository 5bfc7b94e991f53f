package org.zhiben.campaign;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A task to add to a plan's action (by its number, from 1): its number in the plan, text, sectors, the higher plan's
 * task it implements, its units and milestones.
 */
public record NewTask(Integer action, @Size(max = 16) String taskNo, @Size(max = 4000) String text, Set<@Size(max = 200) String> sectors, UUID implementsId,
        List<@Valid Unit> units, List<@Valid Target> milestones) {

    /** A 责任单位 or 配合单位: a department id, region code or enterprise id in {@code ref}; an office by name. */
    public record Unit(UnitRole role, UnitKind kind, @Size(max = 64) String ref, @Size(max = 200) String name) {
    }

    /**
     * A milestone: its date, or a phrase of the seeds ("2024年底前"); the target as a quantity ({@code value},
     * {@code unit}, or {@code quantity} written as "50处以上"), a deliverable ({@code description}) or a live metric
     * ({@code metricKey}, {@code comparison}, {@code value}).
     */
    public record Target(LocalDate dueDate, @Size(max = 100) String phrase, TargetKind kind, @Size(max = 500) String description, Comparison comparison,
            BigDecimal value, @Size(max = 20) String unit, @Size(max = 32) String quantity, @Size(max = 100) String metricKey) {
    }
}
