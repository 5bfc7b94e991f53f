package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SeededDraw;
import org.zhiben.directory.EnterpriseFacts;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.Enterprises;
import org.zhiben.enforcement.DrawView.Candidate;
import org.zhiben.enforcement.DrawView.Exclusion;
import org.zhiben.enforcement.internal.CheckItem;
import org.zhiben.enforcement.internal.Draw;
import org.zhiben.enforcement.internal.DrawRepository;
import org.zhiben.enforcement.internal.InspectionRepository;
import org.zhiben.enforcement.internal.Officer;
import org.zhiben.enforcement.internal.OfficerRepository;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * 双随机 draws. The candidates are the operating enterprises of the region (and sector) in the caller's scope and the
 * officers of the region whose 执法证 is valid on the day; exclusions are applied before the draw and recorded with
 * their reasons (not operating, inspected in the last {@code recentDays} days, 标准化 incentive, declared conflict of
 * interest, 执法证 not valid). Both lists are stored in canonical order (USCC; 执法证 number) with the seed, and
 * {@link SeededDraw} picks the enterprises with the seed and the officers with the seed followed by {@code ":officers"},
 * so anyone can re-run the draw from the 公示. A draw is immutable and published at once.
 */
@Service
public class Draws {

    /** The suffix of the officers' seed: the officer stream is independent of the enterprise stream. */
    public static final String OFFICER_SEED_SUFFIX = ":officers";

    private final DrawRepository draws;
    private final OfficerRepository officers;
    private final InspectionRepository inspections;
    private final EnforcementDirectory directory;
    private final Enterprises enterprises;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final IdempotentCreates creates;
    private final ObjectMapper json;
    private final java.time.Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<AnnualPlans> plans;

    Draws(org.springframework.beans.factory.ObjectProvider<AnnualPlans> plans, DrawRepository draws, OfficerRepository officers, InspectionRepository inspections,
            EnforcementDirectory directory, Enterprises enterprises, DataScopes scopes, AuditTrail audit,
            IdempotentCreates creates, ObjectMapper json, java.time.Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.draws = draws;
        this.officers = officers;
        this.inspections = inspections;
        this.directory = directory;
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.audit = audit;
        this.creates = creates;
        this.json = json;
    }

    @Transactional
    public UUID draw(NewDraw n, String idempotencyKey) {
        return creates.once("enforcement.draw", idempotencyKey, n, () -> draw(n));
    }

    private UUID draw(NewDraw n) {
        CurrentUser me = EnforcementDirectory.requireOfficial();
        DataScope scope = scopes.current();
        List<FieldViolation> v = new ArrayList<>();
        if (n.title() == null || n.title().isBlank() || n.title().strip().length() > 200) {
            v.add(new FieldViolation("title", "请填写抽查任务名称(不超过200字)"));
        }
        if (n.itemId() == null) {
            v.add(new FieldViolation("itemId", "请选择随机抽查事项"));
        }
        if (n.regionCode() == null || !RegionCode.isValid(n.regionCode())) {
            v.add(new FieldViolation("regionCode", "请填写有效的行政区划代码"));
        } else if (!scope.coversRegion(n.regionCode())) {
            v.add(new FieldViolation("regionCode", "该区划不在您的管辖范围内"));
        }
        if (n.enterpriseCount() < 1 || n.enterpriseCount() > 500) {
            v.add(new FieldViolation("enterpriseCount", "抽取企业数应为1至500"));
        }
        if (n.officerCount() < 2 || n.officerCount() > 20) {
            v.add(new FieldViolation("officerCount", "抽取执法人员数应为2至20(每次检查至少两名执法人员)"));
        }
        if (n.recentDays() < 0 || n.recentDays() > 1095) {
            v.add(new FieldViolation("recentDays", "近期已检查的排除天数应为0至1095"));
        }
        if (n.seed() != null && !n.seed().isBlank() && !n.seed().matches("[0-9A-Za-z]{8,64}")) {
            v.add(new FieldViolation("seed", "种子应为8至64位字母或数字"));
        }
        if (n.conflicts().stream().anyMatch(c -> c == null || c.officerId() == null || c.reason() == null
                || c.reason().isBlank() || c.reason().strip().length() > 200)) {
            v.add(new FieldViolation("conflicts", "回避人员须选择执法人员并填写理由(不超过200字)"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        if (n.planId() != null) {
            plans.getObject().requireLinkable(n.planId(), n.category(), n.regionCode());
        }
        CheckItem item = directory.item(n.itemId());
        LocalDate today = directory.today();
        List<Exclusion> exclusions = new ArrayList<>();

        // enterprises: the registry in scope, canonical order by USCC
        List<EnterpriseFacts> all = directory.allFacts(new EnterpriseFilter(n.regionCode(),
                n.sector() == null || n.sector().isBlank() ? null : n.sector(), null, null, null, null));
        Set<UUID> recent = new HashSet<>();
        if (n.recentDays() > 0) {
            List<UUID> ids = all.stream().map(EnterpriseFacts::id).toList();
            for (int i = 0; i < ids.size(); i += 500) {
                recent.addAll(inspections.inspectedSince(ids.subList(i, Math.min(ids.size(), i + 500)),
                        today.minusDays(n.recentDays())));
            }
        }
        List<Candidate> enterpriseCandidates = new ArrayList<>();
        for (EnterpriseFacts f : all.stream().sorted(Comparator.comparing(EnterpriseFacts::uscc))
                .filter(f -> n.category() == null
                        || SupervisionCategory.of(f.highRisk(), f.standardizationGrade()) == n.category()).toList()) {
            if (f.status() != null && f.status() != EnterpriseStatus.OPERATING) {
                exclusions.add(new Exclusion("ENTERPRISE", f.id(), f.name(), f.status().label(), f.status().label()));
            } else if (recent.contains(f.id())) {
                exclusions.add(new Exclusion("ENTERPRISE", f.id(), f.name(), "近期已检查",
                        "近" + n.recentDays() + "日内已接受执法检查"));
            } else if (n.incentives() && SupervisionCategory.of(f.highRisk(), f.standardizationGrade())
                    == SupervisionCategory.INCENTIVE) {
                exclusions.add(new Exclusion("ENTERPRISE", f.id(), f.name(), "标准化激励",
                        "安全生产标准化" + f.standardizationGrade().label() + ",减少检查频次"));
            } else {
                enterpriseCandidates.add(new Candidate(f.id(), f.name(), f.uscc()));
            }
        }
        if (enterpriseCandidates.isEmpty()) {
            throw new InvalidInputException("regionCode", "排除后没有可抽取的检查对象");
        }

        // officers: the region's officers (the region itself and the levels above it), canonical order by 执法证 number
        Map<UUID, String> conflicts = n.conflicts().stream()
                .collect(Collectors.toMap(NewDraw.Conflict::officerId, c -> c.reason().strip(), (a, b) -> a));
        List<Officer> pool = officers.findAll(EnforcementDirectory.officerScope(scope)).stream()
                .filter(o -> RegionCode.of(o.getRegionCode()).contains(n.regionCode())
                        || RegionCode.of(n.regionCode()).contains(o.getRegionCode()))
                .filter(o -> n.sector() == null || n.sector().isBlank() || o.getSectors().isEmpty()
                        || o.getSectors().contains(n.sector()))
                .sorted(Comparator.comparing(Officer::getCertNo)).toList();
        Set<UUID> poolIds = pool.stream().map(Officer::getId).collect(Collectors.toSet());
        if (!poolIds.containsAll(conflicts.keySet())) {
            throw new InvalidInputException("conflicts", "关联的执法人员不存在或不在本次抽取范围内");
        }
        List<Candidate> officerCandidates = new ArrayList<>();
        for (Officer o : pool) {
            if (!o.validOn(today)) {
                exclusions.add(new Exclusion("OFFICER", o.getId(), o.getName(), "执法证不在有效期",
                        "执法证有效期 " + o.getValidFrom() + " 至 " + o.getValidUntil()));
            } else if (conflicts.containsKey(o.getId())) {
                exclusions.add(new Exclusion("OFFICER", o.getId(), o.getName(), "回避", conflicts.get(o.getId())));
            } else {
                officerCandidates.add(new Candidate(o.getId(), o.getName(), o.getCertNo()));
            }
        }
        if (officerCandidates.size() < n.officerCount()) {
            throw new InvalidInputException("officerCount", "可抽取的持证执法人员只有" + officerCandidates.size()
                    + "名,少于要抽取的" + n.officerCount() + "名");
        }

        String seed = n.seed() == null || n.seed().isBlank() ? SeededDraw.newSeed() : n.seed().strip();
        List<Candidate> drawnEnterprises = SeededDraw.draw(seed, enterpriseCandidates, n.enterpriseCount());
        List<Candidate> drawnOfficers = SeededDraw.draw(seed + OFFICER_SEED_SUFFIX, officerCandidates,
                n.officerCount());
        Draw d = new Draw(n.regionCode(), n.sector() == null || n.sector().isBlank() ? SectorSet.EMPTY
                : SectorSet.of(n.sector()), n.title().strip(), item.getId(), seed, n.enterpriseCount(),
                n.officerCount(), write(enterpriseCandidates), write(officerCandidates), write(exclusions),
                write(drawnEnterprises), write(drawnOfficers), me.displayName(), clock.instant());
        d.underPlan(n.planId(), n.category());
        draws.saveAndFlush(d);
        audit.record(AuditRecord.created("EnforcementDraw", d.getId(), "双随机抽取 " + d.getTitle(), Map.of("seed", seed,
                "enterprises", drawnEnterprises.stream().map(Candidate::name).toList(),
                "officers", drawnOfficers.stream().map(Candidate::name).toList(),
                "excluded", exclusions.size())));
        return d.getId();
    }

    /** A draw in the caller's scope (its region inside or above the jurisdiction), with official details. */
    @Transactional(readOnly = true)
    public DrawView get(UUID id) {
        DataScope scope = scopes.current();
        Draw d = draws.findById(id).filter(x -> scope.permitsRegionRecord(x.getRegionCode(), x.getSectors().codes()))
                .orElseThrow(() -> new NotFoundException("抽取结果"));
        return view(d, true);
    }

    @Transactional(readOnly = true)
    public Page<DrawView> list(Pageable page) {
        DataScope scope = scopes.current();
        return draws.findAll(scope.<Draw>regionRecords("regionCode", "sectors"), page).map(d -> view(d, true));
    }

    /** The 公示 of a draw, for anybody (no login): exclusion details of officers withheld. */
    @Transactional(readOnly = true)
    public DrawView published(UUID id) {
        return draws.findById(id).map(d -> view(d, false)).orElseThrow(() -> new NotFoundException("抽取结果"));
    }

    @Transactional(readOnly = true)
    public Page<DrawView> publishedList(Pageable page) {
        return draws.findAll(page).map(d -> view(d, false));
    }

    /** Whether the enterprise was drawn in the draw (for a 双随机 inspection). */
    @Transactional(readOnly = true)
    public boolean drew(UUID drawId, UUID enterpriseId) {
        return draws.findById(drawId).map(d -> read(d.getDrawnEnterprises()).stream()
                .anyMatch(c -> c.id().equals(enterpriseId))).orElse(false);
    }

    /** Re-runs a stored draw from its seed and snapshots: what anyone can do from the 公示. */
    public static boolean reproduces(String seed, List<Candidate> enterpriseCandidates, List<Candidate> officerCandidates,
            int enterpriseCount, int officerCount, List<Candidate> drawnEnterprises, List<Candidate> drawnOfficers) {
        return SeededDraw.draw(seed, enterpriseCandidates, enterpriseCount).equals(drawnEnterprises)
                && SeededDraw.draw(seed + OFFICER_SEED_SUFFIX, officerCandidates, officerCount).equals(drawnOfficers);
    }

    private DrawView view(Draw d, boolean official) {
        CheckItem item = directory.item(d.getItemId());
        List<Candidate> ec = read(d.getEnterpriseCandidates());
        List<Candidate> oc = read(d.getOfficerCandidates());
        List<Candidate> de = read(d.getDrawnEnterprises());
        List<Candidate> dof = read(d.getDrawnOfficers());
        List<Exclusion> ex = json.readValue(d.getExclusions(), new TypeReference<List<Exclusion>>() { });
        if (!official) {
            ex = ex.stream().map(e -> new Exclusion(e.kind(), e.id(), e.name(), e.reason(),
                    e.kind().equals("OFFICER") ? null : e.detail())).toList();
        }
        String regionName = enterprises.regionNames(List.of(d.getRegionCode())).getOrDefault(d.getRegionCode(),
                d.getRegionCode());
        return new DrawView(d.getId(), d.getTitle(), d.getRegionCode(), regionName, item.getCode(), item.getName(),
                item.getBasis(), d.getSeed(), d.getEnterpriseCount(), d.getOfficerCount(), d.getDrawnAt(), ec, oc, ex,
                de, dof, reproduces(d.getSeed(), ec, oc, d.getEnterpriseCount(), d.getOfficerCount(), de, dof),
                d.getPlanId(), d.getCategory());
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }

    private List<Candidate> read(String text) {
        return json.readValue(text, new TypeReference<List<Candidate>>() { });
    }
}
