package org.zhiben.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.Photos;
import org.zhiben.common.SectorSet;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.training.internal.Drill;
import org.zhiben.training.internal.DrillRepository;

/** Drill records of an enterprise and its compliance windows for a year (DOMAIN §10). */
@Service
public class Drills {

    private final DrillRepository drills;
    private final TrainingPeople people;
    private final TrainingRules rules;
    private final IdempotentCreates creates;
    private final AuditTrail audit;
    private final Photos photos;
    private final Clock clock;

    Drills(DrillRepository drills, TrainingPeople people, TrainingRules rules, IdempotentCreates creates,
            AuditTrail audit, Photos photos, Clock clock) {
        this.drills = drills;
        this.people = people;
        this.rules = rules;
        this.creates = creates;
        this.audit = audit;
        this.photos = photos;
        this.clock = clock;
    }

    @Transactional
    public UUID record(UUID enterpriseId, DrillData d, String idempotencyKey) {
        return creates.once("training.drill", idempotencyKey, d, () -> {
            EnterpriseSummary e = people.enterpriseInScope(enterpriseId);
            if (!TrainingPeople.me().managerOf(e.id())) {
                throw new AccessDeniedException("演练记录由本企业主要负责人或安全管理人员登记");
            }
            if (d.photoKeys() != null) {
                d.photoKeys().forEach(k -> photos.reread(k, "photoKeys"));
            }
            Drill x = new Drill(e.id(), e.regionCode(), SectorSet.of(e.sectors()),
                    rules.highRisk(e.sectors(), e.highRisk()), d, people.today(), clock.instant());
            drills.saveAndFlush(x);
            audit.record(AuditRecord.created("TrainingDrill", x.getId(), "演练记录 " + x.getKind().label() + " "
                    + x.getAreaType().label() + " " + x.getHeldOn(), Map.of("kind", x.getKind().name())));
            return x.getId();
        });
    }

    @Transactional(readOnly = true)
    public List<Drill> list(UUID enterpriseId) {
        return drills.findByEnterpriseIdOrderByHeldOnDesc(people.enterpriseInScope(enterpriseId).id());
    }

    @Transactional(readOnly = true)
    public List<DrillCompliance.Window> compliance(UUID enterpriseId, int year) {
        EnterpriseSummary e = people.enterpriseInScope(enterpriseId);
        List<DrillCompliance.Held> held = drills.findByEnterpriseIdAndHeldOnBetween(e.id(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)).stream()
                .map(d -> new DrillCompliance.Held(d.getKind(), d.getAreaType(), d.getHeldOn())).toList();
        return DrillCompliance.of(year, rules.highRisk(e.sectors(), e.highRisk()), held, people.today(), 30);
    }
}
