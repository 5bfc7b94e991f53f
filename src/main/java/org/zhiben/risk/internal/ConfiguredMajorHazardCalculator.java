package org.zhiben.risk.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.zhiben.risk.majorsource.MajorHazardAssessment;
import org.zhiben.risk.majorsource.MajorHazardCalculator;
import org.zhiben.risk.majorsource.SubstanceQuantity;

/** {@link MajorHazardCalculator} with the GB 18218 figures an administrator configured (risk_hazard_*, risk_alpha_band). */
@Service
class ConfiguredMajorHazardCalculator implements MajorHazardCalculator {

    private final RiskTables tables;

    ConfiguredMajorHazardCalculator(RiskTables tables) {
        this.tables = tables;
    }

    @Override
    public MajorHazardAssessment assess(int outsidePopulation, List<SubstanceQuantity> substances) {
        return tables.majorHazard().assess(outsidePopulation, substances);
    }
}
