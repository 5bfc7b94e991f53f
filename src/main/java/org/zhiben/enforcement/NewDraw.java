package org.zhiben.enforcement;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A 双随机 draw as requested: the item, where (a region in the caller's jurisdiction, optionally one sector), how many
 * enterprises and officers, how recent an inspection excludes an enterprise ({@code recentDays}, 0: none), whether
 * the 标准化 incentive applies (激励类 units are left out), declared conflicts of interest, and optionally a seed
 * (otherwise a fresh random one is recorded).
 */
public record NewDraw(String title, UUID itemId, String regionCode, String sector, int enterpriseCount,
        int officerCount, int recentDays, boolean incentives, List<Conflict> conflicts, String seed) {

    public NewDraw {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** An officer who must not take part (回避), and why. */
    public record Conflict(UUID officerId, @Size(max = 200) String reason) {
    }
}
