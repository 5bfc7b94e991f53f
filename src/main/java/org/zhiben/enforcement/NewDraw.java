package org.zhiben.enforcement;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A 双随机 draw as requested: the item, where (a region in the caller's jurisdiction, optionally one sector), how many
 * enterprises and officers, how recent an inspection excludes an enterprise ({@code recentDays}, 0: none), whether
 * the 标准化 incentive applies (激励类 units are left out), declared conflicts of interest, and optionally a seed
 * (otherwise a fresh random one is recorded); optionally the annual plan it is made under ({@code planId}, a
 * published plan of this year, then with the supervision {@code category} it draws for: only that category's objects
 * are candidates).
 */
public record NewDraw(String title, UUID itemId, String regionCode, String sector, int enterpriseCount,
        int officerCount, int recentDays, boolean incentives, List<Conflict> conflicts, String seed, UUID planId,
        SupervisionCategory category) {

    public NewDraw {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    public NewDraw(String title, UUID itemId, String regionCode, String sector, int enterpriseCount,
            int officerCount, int recentDays, boolean incentives, List<Conflict> conflicts, String seed) {
        this(title, itemId, regionCode, sector, enterpriseCount, officerCount, recentDays, incentives, conflicts, seed,
                null, null);
    }

    /** An officer who must not take part (回避), and why. */
    public record Conflict(UUID officerId, @Size(max = 200) String reason) {
    }
}
