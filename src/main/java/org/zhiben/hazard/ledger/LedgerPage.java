package org.zhiben.hazard.ledger;

import java.util.List;

/**
 * One page of the hazard list and the exact number of hazards matching the filters (no cap: a dashboard figure opens
 * this list and its total must equal the figure).
 */
public record LedgerPage(List<HazardRow> content, int page, int size, long total) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean first() {
        return page == 0;
    }

    public boolean last() {
        return page + 1 >= totalPages();
    }
}
