package org.zhiben.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A case transition's data; what an action does not need is ignored: {@code text} (evidence, statement, decision),
 * {@code date} (hearing, payment), the measures with the fines in yuan (NOTIFY, DECIDE), {@code hearing} (STATEMENT).
 */
public record CaseCommand(CaseAction action, String text, LocalDate date, Set<CaseMeasure> measures,
        BigDecimal fineUnitYuan, String principalName, BigDecimal finePrincipalYuan, LocalDate rectifyDue,
        String transferTo, Boolean hearing) {

    public CaseCommand {
        measures = measures == null ? Set.of() : Set.copyOf(measures);
    }

    public static CaseCommand of(CaseAction action, String text) {
        return new CaseCommand(action, text, null, null, null, null, null, null, null, null);
    }
}
