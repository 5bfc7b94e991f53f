package org.zhiben.risk.majorsource;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One stored substance line of a major hazard source. */
@Embeddable
class SubstanceLine {

    private String name;
    private String category;
    private BigDecimal quantityTonnes;

    protected SubstanceLine() {
    }

    SubstanceLine(SubstanceQuantity s) {
        this.name = blankToNull(s.name());
        this.category = s.category() == null || s.category().isBlank() ? null : s.category().strip().toUpperCase();
        this.quantityTonnes = s.quantityTonnes();
    }

    public SubstanceQuantity toQuantity() {
        return new SubstanceQuantity(name, category, quantityTonnes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
