package org.zhiben.enforcement.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.enforcement.WritKind;
import org.zhiben.identity.DataScopes;
import org.zhiben.tip.CasePenalties;

/**
 * The tip module's view of a case, for the reward of the tip that led to it: the decision's document number (or the
 * case's title before one is issued) and the fine decided for the unit and its principal together. Outside the
 * caller's scope a case does not exist.
 */
@Component
class TipCasePenalties implements CasePenalties {

    private final CaseRepository cases;
    private final WritRepository writs;
    private final DataScopes scopes;

    TipCasePenalties(CaseRepository cases, WritRepository writs, DataScopes scopes) {
        this.cases = cases;
        this.writs = writs;
        this.scopes = scopes;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CasePenalty> find(UUID caseId) {
        if (caseId == null) {
            return Optional.empty();
        }
        return cases.findById(caseId).filter(scopes.current()::permits).map(c -> new CasePenalty(c.getId(),
                writs.findBySourceIdAndKind(c.getId(), WritKind.PENALTY_DECISION).map(Writ::getNumber)
                        .orElse(c.getTitle()),
                c.decided() ? c.getFineUnitYuan().add(c.getFinePrincipalYuan()) : null, c.decided(),
                c.getEnterpriseId()));
    }
}
