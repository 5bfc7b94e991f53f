package org.zhiben.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The fine a case decided: on the unit and, for 一案双罚, on its principal; {@code totalYuan} is their sum, the
 * "penalty amount" a reward for a report is computed from. Only decided cases (决定, 执行, 结案) have one.
 */
public record CaseFine(UUID caseId, UUID enterpriseId, CaseState state, BigDecimal unitYuan, BigDecimal principalYuan,
        LocalDate decidedOn) {

    public BigDecimal totalYuan() {
        return unitYuan.add(principalYuan);
    }
}
