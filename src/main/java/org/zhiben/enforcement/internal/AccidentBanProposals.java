package org.zhiben.enforcement.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiben.accident.LifetimeBanProposed;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.SectorSet;

/**
 * Records the lifetime-ban proposals of an accident whose 黑名单 entry an official confirmed: one per person the
 * registry names — the 主要负责人 and the 实际控制人 (one row when they are the same person). After commit, through the
 * event publication registry; a replayed event adds nothing (one row per accident and role). Audited as the system's.
 */
@Component
class AccidentBanProposals {

    static final String PRINCIPAL = "主要负责人";
    static final String CONTROLLER = "实际控制人";

    private final BanProposalRepository proposals;
    private final AuditTrail audit;
    private final Clock clock;

    AccidentBanProposals(BanProposalRepository proposals, AuditTrail audit, Clock clock) {
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    /** The people to propose, name to role, from the registry's names (blank names left out). */
    static Map<String, String> people(String principal, String controller) {
        Map<String, String> out = new LinkedHashMap<>();
        if (principal != null && !principal.isBlank()) {
            out.put(principal.strip(), PRINCIPAL);
        }
        if (controller != null && !controller.isBlank()) {
            out.merge(controller.strip(), CONTROLLER, (a, b) -> a + "、" + b);
        }
        return out;
    }

    @ApplicationModuleListener
    void on(LifetimeBanProposed e) {
        List<BanProposal> added = new ArrayList<>();
        people(e.principalName(), e.actualControllerName()).forEach((name, role) -> {
            if (!proposals.existsByAccidentIdAndPersonRole(e.accidentId(), role)) {
                added.add(proposals.save(new BanProposal(e.enterpriseId(), e.regionCode(), SectorSet.of(e.sectors()),
                        e.enterpriseName(), name, role, e.accidentId(), e.grade().label(), e.reason(), e.proposedOn(),
                        clock.instant())));
            }
        });
        proposals.flush();
        for (BanProposal p : added) {
            audit.record(AuditRecord.created("EnforcementBanProposal", p.getId(), "事故提议终身行业禁入 "
                    + p.getPersonName() + "(" + p.getPersonRole() + ")" + p.getEnterpriseName(),
                    Map.of("accidentId", String.valueOf(p.getAccidentId()), "grade", p.getAccidentGrade())));
        }
    }
}
