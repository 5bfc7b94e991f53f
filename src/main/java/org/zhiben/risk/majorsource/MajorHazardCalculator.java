package org.zhiben.risk.majorsource;

import java.util.List;

/** Identifies and grades a major hazard source of hazardous chemicals by GB 18218-2018 with the configured figures. */
public interface MajorHazardCalculator {

    /**
     * @param outsidePopulation resident population within 500 m outside the unit's boundary (selects α)
     * @param substances the substances present, each by name or by category
     * @throws org.zhiben.common.InvalidInputException naming the field and its allowed values for an unknown substance
     *         or category, a missing or negative quantity, or a negative population
     */
    MajorHazardAssessment assess(int outsidePopulation, List<SubstanceQuantity> substances);
}
