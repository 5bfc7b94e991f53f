package org.zhiben.hazard.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.HazardType;

/**
 * One line of the hazard list. {@code overdue} is open and past its deadline (or marked so by the write side);
 * {@code stock} is found before the baseline date; {@code duplicateOf} is the oldest other open hazard of the same
 * enterprise with the same unit or the same normalised location (a probable duplicate), or null.
 */
public record HazardRow(UUID id, UUID enterpriseId, String enterpriseName, String regionCode, String sectors,
        HazardSource source, HazardLevel level, HazardState state, HazardType type, String description,
        String location, LocalDate foundOn, LocalDate deadline, LocalDate closedOn, boolean overdue,
        boolean supervised, String responsibleName, BigDecimal funds, boolean stock, UUID duplicateOf) {

    public boolean open() {
        return state.open();
    }

    public boolean government() {
        return source.government();
    }

    public boolean probableDuplicate() {
        return duplicateOf != null;
    }
}
