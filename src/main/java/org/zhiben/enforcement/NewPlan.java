package org.zhiben.enforcement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * An annual plan as drafted or revised: the year, title and note, the share and frequency per supervision category
 * (a category left out takes the configured default, {@link PlanDefaults}) and the key inspections (重点检查: an
 * enterprise in the office's jurisdiction, the month planned, why).
 */
public record NewPlan(Integer year, @Size(max = 200) String title, @Size(max = 2000) String note,
        @Valid List<CategoryShare> categories, @Valid List<KeyTarget> targets) {

    public NewPlan {
        categories = categories == null ? List.of() : List.copyOf(categories);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** 抽查比例 (percent of the category's objects drawn per round, 0–100) and 频次 (rounds per year, 0–12). */
    public record CategoryShare(SupervisionCategory category, Integer sharePercent, Integer rounds) {
    }

    /** 重点检查: an enterprise, the month (1–12) it is to be inspected and the reason it is a key target. */
    public record KeyTarget(UUID enterpriseId, Integer month, @Size(max = 200) String reason) {
    }
}
