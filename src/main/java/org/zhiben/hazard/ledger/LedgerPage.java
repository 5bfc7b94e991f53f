package org.zhiben.hazard.ledger;

import java.util.List;

/**
 * One page of the hazard list. {@code total} is exact up to {@link HazardLedger#COUNT_CAP}; beyond it the count
 * stops at {@code COUNT_CAP + 1} and {@code totalCapped} is true (the list then shows more than the cap).
 */
public record LedgerPage(List<HazardRow> content, int page, int size, long total, boolean totalCapped) {

    public int totalPages() {
        return (int) Math.min((total + size - 1) / size, (HazardLedger.COUNT_CAP + size - 1) / size);
    }

    public boolean first() {
        return page == 0;
    }

    public boolean last() {
        return page + 1 >= totalPages();
    }
}
