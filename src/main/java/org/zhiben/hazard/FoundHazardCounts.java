package org.zhiben.hazard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhiben.common.RegionCode;
import org.zhiben.identity.DataScope;

/**
 * Hazards found (not rejected: {@link HazardCount#FOUND}) by month found and whether closed now, from counts kept in
 * the transaction of every change (insight's summaries implement it). The ledger reads them for its totals instead
 * of counting the millions of rows of a province on every page.
 */
public interface FoundHazardCounts {

    /**
     * The found hazards of {@code scope}, narrowed to {@code region} (null: the whole scope; already checked to lie
     * inside it), to enterprises having {@code sector} and to {@code level} (null: any), one entry per month found
     * and closed state; empty when these counts cannot answer for the scope (an enterprise's own, for example).
     */
    Optional<List<Month>> byMonth(DataScope scope, RegionCode region, String sector, HazardLevel level);

    /** {@code n} hazards found in the month starting {@code month}, closed (销号) now or not. */
    record Month(LocalDate month, boolean closed, long n) {
    }
}
