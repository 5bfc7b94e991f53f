package org.zhiben.hazard.ledger;

import java.time.LocalDate;

/**
 * Stock (found before the baseline) and increment (found on or after it) hazards, open and closed (销号), in the
 * caller's scope under the list filters; rejected hazards are in neither.
 */
public record StockSummary(LocalDate baseline, long stockOpen, long stockClosed, long incrementOpen,
        long incrementClosed) {

    public long stockTotal() {
        return stockOpen + stockClosed;
    }

    public long incrementTotal() {
        return incrementOpen + incrementClosed;
    }

    /** 存量清零: no stock hazard left open. */
    public boolean stockCleared() {
        return stockOpen == 0;
    }
}
