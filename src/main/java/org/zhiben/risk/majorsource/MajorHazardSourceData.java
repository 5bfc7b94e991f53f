package org.zhiben.risk.majorsource;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * What an enterprise records for a unit under GB 18218: the resident population within 500 m outside the boundary,
 * the substances present, whether it declares (confirms) the unit as a major hazard source, and the three 包保责任人.
 */
@NamedInterface("majorsource")
public record MajorHazardSourceData(Integer outsidePopulation, List<SubstanceQuantity> substances, boolean declared,
        SafetyHolder principal, SafetyHolder technical, SafetyHolder operation) {

    public MajorHazardSourceData {
        substances = substances == null ? List.of() : List.copyOf(substances);
        principal = SafetyHolder.orNone(principal);
        technical = SafetyHolder.orNone(technical);
        operation = SafetyHolder.orNone(operation);
    }

    public SafetyHolder holder(SafetyHolder.Role role) {
        return switch (role) {
            case PRINCIPAL -> principal;
            case TECHNICAL -> technical;
            case OPERATION -> operation;
        };
    }
}
