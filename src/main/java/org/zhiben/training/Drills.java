package org.zhiben.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.Photos;
import org.zhiben.common.SectorSet;
import org.zhiben.common.NotFoundException;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardReporting;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.NewHazard;
import org.zhiben.hazard.workflow.HazardWorkflow;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.training.internal.Drill;
import org.zhiben.training.internal.DrillHazard;
import org.zhiben.training.internal.DrillHazardRepository;
import org.zhiben.training.internal.DrillRepository;

/**
 * Drill records of an enterprise, its compliance windows for a year (DOMAIN §10), and the findings of a drill turned
 * into hazards: each item of the drill's 不足 (a line, or a part between semicolons), numbered from 1, can be reported
 * once to the hazard module as a hazard of the enterprise (source 其他, proposed level 一般, the 改进措施 attached),
 * by the enterprise's principal or safety manager, in one transaction with an audit entry.
 */
@Service
public class Drills {

    /** Most items a drill's 不足 is split into. */
    public static final int MAX_FINDINGS = 50;

    private final DrillRepository drills;
    private final DrillHazardRepository raised;
    private final HazardReporting hazards;
    private final HazardWorkflow hazardViews;
    private final DataScopes scopes;
    private final TrainingPeople people;
    private final TrainingRules rules;
    private final IdempotentCreates creates;
    private final AuditTrail audit;
    private final Photos photos;
    private final Clock clock;
    private final TransactionTemplate tx;

    Drills(DrillRepository drills, DrillHazardRepository raised, HazardReporting hazards, HazardWorkflow hazardViews,
            DataScopes scopes, TrainingPeople people, TrainingRules rules, IdempotentCreates creates,
            AuditTrail audit, Photos photos, Clock clock, TransactionTemplate tx) {
        this.tx = tx;
        this.drills = drills;
        this.raised = raised;
        this.hazards = hazards;
        this.hazardViews = hazardViews;
        this.scopes = scopes;
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

    // ---------------------------------------------------------------- findings as hazards

    /** An item of a drill's 不足; {@code hazardId} once reported, with the hazard's state as the caller may see it. */
    public record Finding(int itemNo, String text, UUID hazardId, HazardState hazardState) {
    }

    /** A drill with its findings. */
    public record DrillView(Drill drill, List<Finding> findings) {
    }

    /** The outcome of turning a finding into a hazard: the hazard, and whether this call created it. */
    public record Raised(UUID hazardId, boolean created) {
    }

    /**
     * The items of a drill's 不足: its lines, each split further at semicolons (；or ;), stripped, blanks left out,
     * at most {@link #MAX_FINDINGS}.
     */
    public static List<String> findingItems(String shortfalls) {
        if (shortfalls == null || shortfalls.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(shortfalls.split("\\r?\\n|\\r|；|;")).map(String::strip)
                .filter(x -> !x.isEmpty()).limit(MAX_FINDINGS).toList();
    }

    /** The enterprise's drills, newest first, with their findings and the linked hazards' states. */
    @Transactional(readOnly = true)
    public List<DrillView> views(UUID enterpriseId) {
        List<Drill> list = list(enterpriseId);
        Map<UUID, Map<Integer, DrillHazard>> links = new java.util.HashMap<>();
        if (!list.isEmpty()) {
            raised.findByDrillIdIn(list.stream().map(Drill::getId).toList()).forEach(h -> links
                    .computeIfAbsent(h.getDrillId(), k -> new java.util.HashMap<>()).put(h.getItemNo(), h));
        }
        return list.stream().map(d -> view(d, links.getOrDefault(d.getId(), Map.of()))).toList();
    }

    /** A drill in scope (404 outside) with its findings. */
    @Transactional(readOnly = true)
    public DrillView view(UUID drillId) {
        Drill d = get(drillId);
        Map<Integer, DrillHazard> links = new java.util.HashMap<>();
        raised.findByDrillIdIn(List.of(d.getId())).forEach(h -> links.put(h.getItemNo(), h));
        return view(d, links);
    }

    /**
     * Reports item {@code itemNo} of the drill's 不足 as a hazard of the drill's enterprise, reported by the current
     * user (the enterprise's principal or safety manager). Once per item: a repeat answers the hazard already
     * reported and creates nothing. A drill outside the caller's scope: 404; an item that does not exist: 400.
     * Two at once (a double tap): the one that loses the item's unique index is rolled back, hazard included, and
     * answers the winner's hazard.
     */
    public Raised raiseHazard(UUID drillId, int itemNo) {
        try {
            return tx.execute(status -> raiseOnce(drillId, itemNo));
        } catch (DataIntegrityViolationException raisedMeanwhile) {
            return tx.execute(status -> raised.findByDrillIdAndItemNo(drillId, itemNo)
                    .map(link -> new Raised(link.getHazardId(), false)).orElseThrow(() -> raisedMeanwhile));
        }
    }

    private Raised raiseOnce(UUID drillId, int itemNo) {
        Drill d = get(drillId);
        CurrentUser me = TrainingPeople.me();
        if (!me.managerOf(d.getEnterpriseId())) {
            throw new AccessDeniedException("演练发现的问题由本企业主要负责人或安全管理人员转为隐患");
        }
        java.util.Optional<DrillHazard> done = raised.findByDrillIdAndItemNo(d.getId(), itemNo);
        if (done.isPresent()) {
            return new Raised(done.get().getHazardId(), false);
        }
        List<String> items = findingItems(d.getShortfalls());
        if (itemNo < 1 || itemNo > items.size()) {
            throw new org.zhiben.common.InvalidInputException("itemNo", "演练记录没有这一条不足");
        }
        String item = items.get(itemNo - 1);
        UUID hazardId = hazards.report(new NewHazard(d.getEnterpriseId(), HazardSource.OTHER, HazardLevel.GENERAL,
                HazardType.OTHER, null, null, description(d, item), d.getAreaType().label() + "区域", null, null, null,
                List.of()));
        DrillHazard link = new DrillHazard(d, itemNo, item, hazardId, me.displayName(), clock.instant());
        raised.saveAndFlush(link);
        audit.record(AuditRecord.created("TrainingDrillHazard", link.getId(), "演练发现转为隐患 " + d.getHeldOn() + " "
                + d.getKind().label() + " 第" + itemNo + "条", Map.of("drillId", d.getId().toString(), "itemNo",
                itemNo, "hazardId", hazardId.toString())));
        return new Raised(hazardId, true);
    }

    /** The hazard's text: the drill, the finding and the drill's 改进措施, within the hazard module's 2000 chars. */
    static String description(Drill d, String item) {
        String head = "应急演练发现问题(" + d.getHeldOn() + " " + d.getKind().label() + "," + d.getAreaType().label()
                + "区域):" + item;
        String measures = d.getImprovements();
        if (measures == null || measures.isBlank()) {
            return head;
        }
        String tail = "。演练评估的改进措施:" + measures;
        int room = 2000 - head.length();
        return head + (tail.length() <= room ? tail : tail.substring(0, Math.max(0, room - 1)) + "…");
    }

    private Drill get(UUID drillId) {
        return drills.findById(drillId).filter(scopes.current()::permits)
                .orElseThrow(() -> new NotFoundException("演练记录"));
    }

    private DrillView view(Drill d, Map<Integer, DrillHazard> links) {
        List<String> items = findingItems(d.getShortfalls());
        List<Finding> out = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DrillHazard h = links.get(i + 1);
            out.add(new Finding(i + 1, items.get(i), h == null ? null : h.getHazardId(),
                    h == null ? null : hazardState(h.getHazardId())));
        }
        return new DrillView(d, out);
    }

    /** The hazard's state as the hazard module answers it to the caller; null when the caller may not see it. */
    private HazardState hazardState(UUID hazardId) {
        try {
            return hazardViews.view(hazardId).state();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
