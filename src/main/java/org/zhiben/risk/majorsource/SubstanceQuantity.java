package org.zhiben.risk.majorsource;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.modulith.NamedInterface;

/**
 * One hazardous chemical present in a unit: a named substance ({@code name}, e.g. 氨) or a GB 18218 category
 * ({@code category}, e.g. W5.3), with the quantity actually present in tonnes. A named substance without a threshold
 * quantity of its own also needs its category.
 */
@NamedInterface("majorsource")
public record SubstanceQuantity(@Size(max = 100) String name, @Size(max = 16) String category, BigDecimal quantityTonnes) {
}
