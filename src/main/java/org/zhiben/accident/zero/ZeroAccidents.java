package org.zhiben.accident.zero;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.accident.AccidentState;
import org.zhiben.accident.internal.Accident;
import org.zhiben.accident.internal.AccidentRepository;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.RegionLevel;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.Regions;
import org.zhiben.directory.UnitType;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;

/**
 * The 零事故 creation service. Campaigns are region records (visible inside the issuing government's jurisdiction
 * and to the levels below it, 404 elsewhere); roster units and unit-years are scoped records (an official sees the
 * units of their region and sectors). Changes by users go through {@link VersionedChanges} (stale: 409, audited);
 * vetoes and the year-end step are system changes, audited by hand.
 */
@Service
public class ZeroAccidents {

    static final String HASH_ALGORITHM = "SHA-256";
    static final int MAX_YEARS = 10;

    static final VersionedChanges.Subject<ZeroCampaign> CAMPAIGN = new VersionedChanges.Subject<>("ZeroCampaign",
            ZeroCampaign::getId, ZeroCampaign::getVersion, ZeroAccidents::snapshot);
    static final VersionedChanges.Subject<ZeroUnitYear> UNIT_YEAR = new VersionedChanges.Subject<>("ZeroUnitYear",
            ZeroUnitYear::getId, ZeroUnitYear::getVersion, ZeroUnitYear::snapshot);

    private final ZeroCampaignRepository campaigns;
    private final ZeroUnitRepository units;
    private final ZeroUnitYearRepository unitYears;
    private final AccidentRepository accidents;
    private final Enterprises enterprises;
    private final Regions regions;
    private final DataScopes scopes;
    private final VersionedChanges changes;
    private final AuditTrail audit;
    private final IdempotentCreates creates;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ZeroAccidents(ZeroCampaignRepository campaigns, ZeroUnitRepository units, ZeroUnitYearRepository unitYears,
            AccidentRepository accidents, Enterprises enterprises, Regions regions, DataScopes scopes,
            VersionedChanges changes, AuditTrail audit, IdempotentCreates creates, JdbcTemplate jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.units = units;
        this.unitYears = unitYears;
        this.accidents = accidents;
        this.enterprises = enterprises;
        this.regions = regions;
        this.scopes = scopes;
        this.changes = changes;
        this.audit = audit;
        this.creates = creates;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ================================================================ commands and views

    public record TargetData(int year, UnitGroup group, BigDecimal percent) {
    }

    public record NewCampaign(@Size(max = 12) String regionCode, @Size(max = 200) String issuer,
            @Size(max = 200) String title, @Size(max = 100) String documentNo, LocalDate baseDate,
            ZeroDefinition definition, Integer firstYear, Integer lastYear, @Valid List<TargetData> targets,
            @Valid List<Deadline> calendar) {
    }

    public record CampaignView(UUID id, String regionCode, String regionName, String issuer, String title,
            String documentNo, LocalDate baseDate, ZeroDefinition definition, String definitionLabel, int firstYear,
            int lastYear, List<TargetData> targets, List<Deadline> calendar, long version) {
    }

    public record UnitRow(UUID id, String name, UnitType unitType, String unitTypeLabel, String regionCode,
            String countyCode, UUID enterpriseId, boolean cityDirect, LocalDate since, boolean zero,
            UUID unitYearId, UnitYearState state, UUID vetoAccidentId) {
    }

    public record Check(String item, boolean passed, String note) {
    }

    public record UnitYearView(UUID id, UUID campaignId, UUID unitId, String unitName, UnitType unitType,
            String unitTypeLabel, String regionCode, boolean cityDirect, int year, UnitYearState state,
            String stateLabel, boolean vetoed, UUID vetoAccidentId, String vetoReason, Instant vetoedAt,
            String decidedBy, Instant decidedAt, String note, List<Check> checklist, boolean mayDecide, long version) {
    }

    public record Decision(Boolean recognise, Map<String, Boolean> checklist, Map<String, String> notes,
            String note) {
    }

    public record StandardItem(String code, String section, String text) {
    }

    /** One type's figures in a row of 附表1. */
    public record Cell(UnitType type, String label, long total, long zero) {
    }

    /** A 县(市区) row of 附表1 (市直 units under the city's own code). */
    public record Row(String countyCode, String countyName, List<Cell> cells) {

        long total(UnitGroup group) {
            return cells.stream().filter(c -> UnitGroup.of(c.type()) == group).mapToLong(Cell::total).sum();
        }

        long zero(UnitGroup group) {
            return cells.stream().filter(c -> UnitGroup.of(c.type()) == group).mapToLong(Cell::zero).sum();
        }
    }

    /** 附表1 as of {@code date}: rows, the total row, the rates per group against the year's targets, the notes. */
    public record Table1(UUID campaignId, String title, String unitName, LocalDate date, int year,
            ZeroDefinition definition, List<Row> rows, Row total, List<ZeroRate> rates, List<String> notes) {
    }

    // ================================================================ campaigns

    /** A new campaign; without a calendar, seed 004's dates for its years. Officials of the issuing region only. */
    @Transactional
    public UUID create(NewCampaign n, String idempotencyKey) {
        return creates.once("accident.zero.campaign", idempotencyKey, n, () -> createCampaign(n));
    }

    private UUID createCampaign(NewCampaign n) {
        CurrentUser me = me();
        List<FieldViolation> errors = new ArrayList<>();
        if (n.regionCode() == null || !RegionCode.isValid(n.regionCode()) || regions.find(n.regionCode()).isEmpty()) {
            errors.add(new FieldViolation("regionCode", "请填写发起创建的政府所在的行政区划代码"));
        }
        text(errors, "issuer", n.issuer(), true, 200, "请填写印发机关");
        text(errors, "title", n.title(), true, 200, "请填写创建方案名称");
        text(errors, "documentNo", n.documentNo(), false, 100, null);
        if (n.baseDate() == null) {
            errors.add(new FieldViolation("baseDate", "请填写统计基数日期"));
        }
        if (n.firstYear() == null || n.firstYear() < 2000 || n.firstYear() > 2100) {
            errors.add(new FieldViolation("firstYear", "请填写创建起始年份(2000–2100)"));
        }
        if (n.lastYear() == null || n.firstYear() != null && (n.lastYear() < n.firstYear()
                || n.lastYear() - n.firstYear() >= MAX_YEARS)) {
            errors.add(new FieldViolation("lastYear", "结束年份不能早于起始年份,且创建期不超过" + MAX_YEARS + "年"));
        }
        if (n.baseDate() != null && n.firstYear() != null && n.baseDate().getYear() >= n.firstYear()) {
            errors.add(new FieldViolation("baseDate", "统计基数日期应在创建起始年份之前(如2019-12-31)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!me.isOfficialOrAdmin() || !scopes.current().coversRegion(n.regionCode()) || scopes.current().sectorLimited()) {
            throw new AccessDeniedException("只有发起创建的政府安委办(本级综合监管部门)可以发起“零事故”创建");
        }
        List<TargetData> targets = targets(n.targets(), n.firstYear(), n.lastYear());
        List<Deadline> calendar = n.calendar() == null || n.calendar().isEmpty()
                ? Deadline.seed004(n.firstYear(), n.lastYear()) : calendar(n.calendar());
        ZeroCampaign c = new ZeroCampaign(n.regionCode(), n.issuer().strip(), n.title().strip(),
                blank(n.documentNo()), n.baseDate(), n.definition() == null ? ZeroDefinition.NO_SAFETY_ACCIDENT
                        : n.definition(), n.firstYear(), n.lastYear(), targets, calendar, clock.instant());
        campaigns.saveAndFlush(c);
        audit.record(AuditRecord.created("ZeroCampaign", c.getId(), "发起“零事故”创建 " + c.getTitle(), snapshot(c)));
        return c.getId();
    }

    /** Targets: each year of the campaign, each group, once, 0–100 %. */
    static List<TargetData> targets(List<TargetData> given, int first, int last) {
        List<FieldViolation> errors = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            throw new InvalidInputException("targets", "请为每个创建年度的村(社区)和企事业单位分别设定目标比例");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            TargetData t = given.get(i);
            String f = "targets[" + i + "]";
            if (t == null || t.group() == null) {
                errors.add(new FieldViolation(f + ".group", "请选择分组(VILLAGE 村(社区) 或 UNIT 企事业单位)"));
                continue;
            }
            if (t.year() < first || t.year() > last) {
                errors.add(new FieldViolation(f + ".year", "年份应在创建期 " + first + "–" + last + " 内"));
            }
            if (t.percent() == null || t.percent().signum() < 0 || t.percent().compareTo(BigDecimal.valueOf(100)) > 0
                    || t.percent().scale() > 2) {
                errors.add(new FieldViolation(f + ".percent", "目标比例应为0至100之间、最多两位小数的百分数"));
            }
            if (!seen.add(t.year() + "/" + t.group())) {
                errors.add(new FieldViolation(f, t.year() + "年" + t.group().label() + "的目标重复"));
            }
        }
        for (int y = first; y <= last && errors.isEmpty(); y++) {
            for (UnitGroup g : UnitGroup.values()) {
                if (!seen.contains(y + "/" + g)) {
                    errors.add(new FieldViolation("targets", "缺少" + y + "年" + g.label() + "的目标比例"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(given);
    }

    private static List<Deadline> calendar(List<Deadline> given) {
        List<FieldViolation> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Deadline d = given.get(i);
            String f = "calendar[" + i + "]";
            if (d == null || d.code() == null || !d.code().matches("[A-Z0-9-]{1,32}") || !codes.add(d.code())) {
                errors.add(new FieldViolation(f + ".code", "代码为1至32位大写字母、数字或连字符,且不重复"));
            }
            if (d != null && d.kind() == null) {
                errors.add(new FieldViolation(f + ".kind", "请选择报送事项"));
            }
            if (d != null && (d.title() == null || d.title().isBlank() || d.title().length() > 200)) {
                errors.add(new FieldViolation(f + ".title", "请填写报送事项名称(不超过200字)"));
            }
            if (d != null && d.dueDate() == null) {
                errors.add(new FieldViolation(f + ".dueDate", "请填写报送截止日期"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(given);
    }

    @Transactional(readOnly = true)
    public List<CampaignView> campaigns() {
        DataScope scope = scopes.current();
        return campaigns.findAll().stream().filter(c -> scope.permitsRegionRecord(c.getRegionCode(), Set.of()))
                .sorted((a, b) -> Integer.compare(b.getFirstYear(), a.getFirstYear())).map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public CampaignView campaign(UUID id) {
        return view(load(id));
    }

    /** Changes the definition of zero and/or the targets (a new campaign sets its own), from the version seen. */
    @Transactional
    public void change(UUID id, long version, ZeroDefinition definition, List<TargetData> targets) {
        ZeroCampaign c = load(id);
        requireOffice(c);
        List<TargetData> checked = targets == null ? null : targets(targets, c.getFirstYear(), c.getLastYear());
        changes.apply(CAMPAIGN, c, version, "UPDATE", "修改“零事故”创建设置 " + c.getTitle(),
                x -> x.change(definition, checked, clock.instant()));
        if (definition != null) {
            reconcile(c);
        }
    }

    // ================================================================ roster

    public record RosterReport(int villages, int registryUnits, int alreadyListed) {
    }

    /**
     * Puts every 创建单位 of the campaign's region on the roster once: the villages and communities of the region
     * tree, and the registry's units of the other ten types (closed ones and registry entries of type 村(社区),
     * which are the villages of the tree, left out); units already on it are kept. Then applies the vetoes of
     * accidents already reported.
     */
    @Transactional
    public RosterReport buildRoster(UUID id) {
        ZeroCampaign c = load(id);
        requireOffice(c);
        Set<String> listed = units.findByCampaignId(id).stream().map(ZeroUnit::getUnitKey)
                .collect(Collectors.toCollection(HashSet::new));
        int before = listed.size();
        Instant now = clock.instant();
        int year = today().getYear();
        List<ZeroUnit> added = new ArrayList<>();
        for (Regions.RegionView v : villagesUnder(c.getRegionCode())) {
            if (listed.add(ZeroUnit.key(null, v.code()))) {
                added.add(ZeroUnit.village(id, v.code(), v.name(), c.getBaseDate(), now));
            }
        }
        int villages = added.size();
        Pageable page = PageRequest.of(0, 500);
        while (true) {
            Page<EnterpriseSummary> p = enterprises.searchSummaries(new EnterpriseFilter(c.getRegionCode(), null,
                    null, null, null, null), page);
            for (EnterpriseSummary e : p.getContent()) {
                if (e.status() == EnterpriseStatus.CLOSED || e.unitType() == UnitType.VILLAGE || e.unitType() == null
                        || !listed.add(ZeroUnit.key(e.id(), null))) {
                    continue;
                }
                added.add(ZeroUnit.enterprise(id, e.id(), e.name(), e.unitType(), e.regionCode(), e.sectors(),
                        RegionCode.of(e.regionCode()).level().depth() < RegionLevel.COUNTY.depth(),
                        c.getBaseDate(), now));
            }
            if (!p.hasNext()) {
                break;
            }
            page = p.nextPageable();
        }
        units.saveAll(added);
        List<ZeroUnitYear> years = new ArrayList<>();
        for (ZeroUnit u : added) {
            for (int y = c.getFirstYear(); y <= c.getLastYear(); y++) {
                years.add(ZeroUnitYear.of(u, y, year, now));
            }
        }
        unitYears.saveAll(years);
        units.flush();
        audit.record(new AuditRecord("ROSTER", "ZeroCampaign", id.toString(), "建立“零事故”创建单位名册 " + c.getTitle()
                + ":新增村(社区)" + villages + "个、单位" + (added.size() - villages) + "个", null,
                Map.of("villages", villages, "units", added.size() - villages, "before", before)));
        reconcile(c);
        return new RosterReport(villages, added.size() - villages, before);
    }

    /** Adds one registry unit, or one village / community of the region tree, to the roster. */
    @Transactional
    public UUID addUnit(UUID campaignId, UUID enterpriseId, String villageCode, boolean cityDirect) {
        ZeroCampaign c = load(campaignId);
        requireOffice(c);
        Instant now = clock.instant();
        ZeroUnit u;
        if ((enterpriseId == null) == (villageCode == null || villageCode.isBlank())) {
            throw new InvalidInputException("enterpriseId", "请选择一个登记单位(enterpriseId)或一个村(社区)区划(villageCode)");
        }
        if (enterpriseId != null) {
            EnterpriseSummary e = enterprises.find(enterpriseId).filter(x -> RegionCode.of(c.getRegionCode())
                    .contains(x.regionCode())).orElseThrow(() -> new InvalidInputException("enterpriseId",
                            "关联的单位不存在或不在本次创建的区域内"));
            if (e.unitType() == null || e.unitType() == UnitType.VILLAGE) {
                throw new InvalidInputException("enterpriseId", "村(社区)请按区划代码加入名册");
            }
            u = ZeroUnit.enterprise(campaignId, e.id(), e.name(), e.unitType(), e.regionCode(), e.sectors(),
                    cityDirect, c.getBaseDate(), now);
        } else {
            Regions.RegionView v = RegionCode.isValid(villageCode) ? regions.find(villageCode).orElse(null) : null;
            if (v == null || RegionCode.of(villageCode).level() != RegionLevel.VILLAGE
                    || !RegionCode.of(c.getRegionCode()).contains(villageCode)) {
                throw new InvalidInputException("villageCode", "关联的村(社区)不存在或不在本次创建的区域内");
            }
            u = ZeroUnit.village(campaignId, v.code(), v.name(), c.getBaseDate(), now);
        }
        Integer dup = jdbc.queryForObject("select count(*) from accident_zero_unit where campaign_id = ? and unit_key = ?",
                Integer.class, campaignId, u.getUnitKey());
        if (dup != null && dup > 0) {
            throw new InvalidInputException(enterpriseId != null ? "enterpriseId" : "villageCode", "该单位已在创建单位名册中");
        }
        units.save(u);
        int year = today().getYear();
        for (int y = c.getFirstYear(); y <= c.getLastYear(); y++) {
            unitYears.save(ZeroUnitYear.of(u, y, year, now));
        }
        changes.flush();
        audit.record(AuditRecord.created("ZeroUnit", u.getId(), "加入“零事故”创建单位名册 " + u.getName(),
                Map.of("campaignId", campaignId.toString(), "unitType", u.getUnitType().name(), "name", u.getName())));
        reconcile(c);
        return u.getId();
    }

    private List<Regions.RegionView> villagesUnder(String code) {
        List<Regions.RegionView> found = new ArrayList<>();
        List<String> queue = new ArrayList<>(List.of(code));
        while (!queue.isEmpty()) {
            String next = queue.remove(queue.size() - 1);
            for (Regions.RegionView child : regions.children(next)) {
                if (RegionCode.of(child.code()).level() == RegionLevel.VILLAGE) {
                    found.add(child);
                } else {
                    queue.add(child.code());
                }
            }
        }
        return found;
    }

    // ================================================================ veto

    private static final String MATCH = "((u.enterprise_id is not null and a.enterprise_id = u.enterprise_id)"
            + " or (u.enterprise_id is null and a.enterprise_id is null and a.region_code = u.region_code))";

    /**
     * An accident was reported, regraded, corrected or voided: every unit-year of its unit and year is vetoed when it
     * counts under the campaign's definition; a veto that rested on it and no longer does moves to the unit's next
     * counting accident of the year, or goes. Runs in the accident's transaction (same module), so 附表1 and the
     * roster never disagree with the accident ledger.
     */
    @Transactional
    public void accidentChanged(UUID accidentId) {
        Accident a = accidents.findById(accidentId).orElse(null);
        if (a == null) {
            return;
        }
        int year = a.getOccurredAt().atZone(Zones.CHINA).getYear();
        List<UUID> ids = jdbc.queryForList("select uy.id from accident_zero_unit_year uy join accident_zero_unit u"
                + " on u.id = uy.unit_id where uy.unit_year = ? and " + (a.getEnterpriseId() != null
                        ? "u.enterprise_id = ?" : "u.enterprise_id is null and u.region_code = ?"), UUID.class, year,
                a.getEnterpriseId() != null ? a.getEnterpriseId() : a.getRegionCode());
        Set<UUID> all = new LinkedHashSet<>(ids);
        unitYears.findByVetoAccidentId(accidentId).forEach(y -> all.add(y.getId()));
        Map<UUID, ZeroCampaign> byId = new HashMap<>();
        for (ZeroUnitYear y : unitYears.findAllById(all)) {
            ZeroCampaign c = byId.computeIfAbsent(y.getCampaignId(), k -> campaigns.findById(k).orElseThrow());
            var cas = a.casualties();
            boolean counts = a.getState() != AccidentState.VOIDED && y.getYear() == year
                    && c.getDefinition().counts(cas.deaths(), cas.missing(), cas.seriousInjuries());
            if (counts) {
                veto(y, a.getId(), reason(a));
            } else if (accidentId.equals(y.getVetoAccidentId())) {
                moveVeto(y, c);
            }
        }
    }

    /** Applies every veto the roster is missing and moves those that no longer rest on a counting accident. */
    private void reconcile(ZeroCampaign c) {
        String def = c.getDefinition().sql("a");
        List<Map<String, Object>> hits = jdbc.queryForList("select uy.id as uy, a.id as accident from"
                + " accident_zero_unit_year uy join accident_zero_unit u on u.id = uy.unit_id join accident_accident a on "
                + MATCH + " and a.occurred_year = uy.unit_year and a.state <> 'VOIDED' and " + def
                + " where uy.campaign_id = ? and uy.veto_accident_id is null order by a.occurred_at", c.getId());
        Map<UUID, UUID> first = new LinkedHashMap<>();
        hits.forEach(h -> first.putIfAbsent((UUID) h.get("uy"), (UUID) h.get("accident")));
        Map<UUID, Accident> loaded = new HashMap<>();
        accidents.findAllById(new HashSet<>(first.values())).forEach(a -> loaded.put(a.getId(), a));
        for (ZeroUnitYear y : unitYears.findAllById(first.keySet())) {
            Accident a = loaded.get(first.get(y.getId()));
            veto(y, a.getId(), reason(a));
        }
        List<UUID> stale = jdbc.queryForList("select uy.id from accident_zero_unit_year uy join accident_zero_unit u"
                + " on u.id = uy.unit_id where uy.campaign_id = ? and uy.veto_accident_id is not null and not exists"
                + " (select 1 from accident_accident a where a.id = uy.veto_accident_id and a.state <> 'VOIDED' and "
                + def + ")", UUID.class, c.getId());
        unitYears.findAllById(stale).forEach(y -> moveVeto(y, c));
    }

    private void moveVeto(ZeroUnitYear y, ZeroCampaign c) {
        ZeroUnit u = units.findById(y.getUnitId()).orElseThrow();
        List<UUID> next = jdbc.queryForList("select a.id from accident_accident a where a.occurred_year = ? and"
                + " a.state <> 'VOIDED' and " + c.getDefinition().sql("a") + " and " + (u.getEnterpriseId() != null
                        ? "a.enterprise_id = ?" : "a.enterprise_id is null and a.region_code = ?")
                + " order by a.occurred_at", UUID.class, y.getYear(),
                u.getEnterpriseId() != null ? u.getEnterpriseId() : u.getRegionCode());
        Map<String, Object> before = y.snapshot();
        Accident a = next.isEmpty() ? null : accidents.findById(next.get(0)).orElse(null);
        y.replaceVeto(a == null ? null : a.getId(), a == null ? null : reason(a), clock.instant());
        y.touch(clock.instant());
        unitYears.saveAndFlush(y);
        audit.record(AuditRecord.updated("ZeroUnitYear", y.getId(), (a == null ? "撤销一票否决(事故已作废或不再计入)"
                : "一票否决改以另一起事故为据") + " " + u.getName() + " " + y.getYear() + "年", before, y.snapshot()));
    }

    private void veto(ZeroUnitYear y, UUID accidentId, String reason) {
        Map<String, Object> before = y.snapshot();
        if (y.veto(accidentId, reason, clock.instant())) {
            y.touch(clock.instant());
            unitYears.saveAndFlush(y);
            audit.record(AuditRecord.updated("ZeroUnitYear", y.getId(), "一票否决 " + y.getYear() + "年:" + reason,
                    before, y.snapshot()));
        }
    }

    private static String reason(Accident a) {
        var c = a.casualties();
        return a.getOccurredAt().atZone(Zones.CHINA).toLocalDate() + " " + a.getUnitName() + "发生"
                + a.getGrade().label() + "(死亡" + c.deaths() + "、失踪" + c.missing() + "、重伤" + c.seriousInjuries()
                + ")";
    }

    // ================================================================ unit-years and 认定

    /** Year end: every 创建中 unit-year of an ended year becomes 待认定 (set-based; one audit entry). */
    @Transactional
    public int endYears(LocalDate today) {
        int n = jdbc.update("update accident_zero_unit_year set state = 'PENDING', version = version + 1,"
                + " updated_at = ? where state = 'CREATING' and unit_year < ?", Timestamp.from(clock.instant()),
                today.getYear());
        if (n > 0) {
            audit.record(new AuditRecord("YEAR_END", "ZeroUnitYear", String.valueOf(today.getYear() - 1),
                    "年终:" + n + "个创建单位转为待认定", null, Map.of("count", n)));
        }
        return n;
    }

    @Transactional(readOnly = true)
    public List<StandardItem> standard() {
        return jdbc.query("select code, section, text from accident_zero_standard_item order by seq",
                (rs, i) -> new StandardItem(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    @Transactional(readOnly = true)
    public UnitYearView unitYear(UUID id) {
        ZeroUnitYear y = loadYear(id);
        return view(y, units.findById(y.getUnitId()).orElseThrow());
    }

    /** The unit-years of a unit (all campaign years), in scope. */
    @Transactional(readOnly = true)
    public List<UnitYearView> unitYearsOfUnit(UUID unitId) {
        DataScope scope = scopes.current();
        ZeroUnit u = units.findById(unitId).filter(scope::permits).orElseThrow(() -> new NotFoundException("创建单位"));
        return unitYears.findByUnitIdOrderByYear(unitId).stream().map(y -> view(y, u)).toList();
    }

    /**
     * 认定 of a unit-year, by the level seed 004 names: a 市直单位 by a city department covering its sectors; any
     * other unit by the county (县(市、区)) government or its sector departments where it lies.
     */
    @Transactional
    public void decide(UUID id, long version, Decision d) {
        ZeroUnitYear y = loadYear(id);
        ZeroUnit u = units.findById(y.getUnitId()).orElseThrow();
        ZeroCampaign c = campaigns.findById(y.getCampaignId()).orElseThrow();
        CurrentUser me = me();
        if (!mayDecide(me, c, u)) {
            throw new AccessDeniedException(u.isCityDirect() ? "市直单位的“零事故”认定由市直行业主管部门负责"
                    : "县(市、区)、乡镇、村(社区)等单位的“零事故”认定由所在县(市、区)政府及其行业主管部门负责");
        }
        if (d == null || d.recognise() == null) {
            throw new InvalidInputException("recognise", "请选择认定通过或不通过");
        }
        Set<String> standard = standard().stream().map(StandardItem::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Boolean> answers = d.checklist() == null ? Map.of() : d.checklist();
        if (answers.values().stream().anyMatch(v -> v == null)) {
            throw new InvalidInputException("checklist", "每一项须填写 true 或 false");
        }
        Map<String, String> notes = d.notes() == null ? Map.of() : d.notes();
        changes.apply(UNIT_YEAR, y, version, d.recognise() ? "RECOGNISE" : "FAIL", (d.recognise() ? "认定“零事故”单位 "
                : "“零事故”认定未通过 ") + u.getName() + " " + y.getYear() + "年", x -> x.decide(d.recognise(),
                        answers, notes, d.note(), standard, me.id(), me.displayName(), clock.instant(),
                        today().getYear()));
    }

    static boolean mayDecide(CurrentUser me, ZeroCampaign c, ZeroUnit u) {
        if (me == null || !me.isOfficialOrAdmin() || me.regionCode() == null) {
            return false;
        }
        if (u.isCityDirect()) {
            return me.departmentId() != null && me.regionCode().equals(c.getRegionCode());
        }
        return me.regionCode().equals(u.getCountyCode());
    }

    // ================================================================ 附表1

    /**
     * 附表1 as of {@code date}: per 县(市区) and type, the units on the roster on that date (统计基数) and those with
     * no accident counting under the campaign's definition from 1 January of that year to the date; the rows the
     * caller's scope covers. One grouped query.
     */
    @Transactional(readOnly = true)
    public Table1 table1(UUID campaignId, LocalDate date) {
        ZeroCampaign c = load(campaignId);
        if (date == null) {
            date = today();
        }
        Map<String, Map<UnitType, long[]>> counts = new LinkedHashMap<>();
        SqlFragment scope = scopes.current().sql("u");
        Instant from = LocalDate.of(date.getYear(), 1, 1).atStartOfDay(Zones.CHINA).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(Zones.CHINA).toInstant();
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(to), campaignId, date));
        args.addAll(scope.args());
        jdbc.query("select u.county_code, u.unit_type, count(*) as total, sum(case when exists (select 1 from"
                + " accident_accident a where " + MATCH + " and a.state <> 'VOIDED' and a.occurred_at >= ? and"
                + " a.occurred_at < ? and " + c.getDefinition().sql("a") + ") then 0 else 1 end) as zero"
                + " from accident_zero_unit u where u.campaign_id = ? and u.since <= ? and " + scope.sql()
                + " group by u.county_code, u.unit_type", rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(UnitType.class))
                            .put(UnitType.valueOf(rs.getString(2)), new long[] {rs.getLong(3), rs.getLong(4)});
                }, args.toArray());
        // every county of the region the caller may see, with or without units; then 市直 (city-level) units
        List<String> order = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        DataScope s = scopes.current();
        if (RegionCode.of(c.getRegionCode()).level().depth() < RegionLevel.COUNTY.depth()) {
            for (Regions.RegionView r : regions.children(c.getRegionCode())) {
                if (s.kind() != DataScope.Kind.JURISDICTION || RegionCode.of(r.code()).contains(s.region())
                        || s.region().contains(r.code())) {
                    order.add(r.code());
                    names.put(r.code(), r.name());
                }
            }
        }
        counts.keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(order::add);
        names.putAll(enterprises.regionNames(counts.keySet()));
        List<Row> rows = new ArrayList<>();
        for (String county : order) {
            Map<UnitType, long[]> m = counts.getOrDefault(county, Map.of());
            String name = names.getOrDefault(county, county);
            if (county.equals(c.getRegionCode())) {
                name = name + "(市直)";
            }
            rows.add(new Row(county, name, cells(m)));
        }
        Map<UnitType, long[]> sum = new EnumMap<>(UnitType.class);
        counts.values().forEach(m -> m.forEach((t, v) -> {
            long[] acc = sum.computeIfAbsent(t, k -> new long[2]);
            acc[0] += v[0];
            acc[1] += v[1];
        }));
        Row total = new Row(null, "合计", cells(sum));
        int year = date.getYear();
        List<ZeroRate> rates = new ArrayList<>();
        for (UnitGroup g : UnitGroup.values()) {
            rates.add(ZeroRate.of(g, total.total(g), total.zero(g), c.target(year, g).orElse(null)));
        }
        List<String> notes = List.of("注:1.统计基数以" + chineseDate(c.getBaseDate()) + "为标准。",
                "2.“零事故”是指" + c.getDefinition().label() + (c.getDefinition() == ZeroDefinition.NO_SAFETY_ACCIDENT
                        ? "。" : "(死亡、失踪或重伤)。"),
                "3.零事故数量为" + year + "年1月1日至" + date + "未发生上述事故的单位数;作废的事故不计。");
        return new Table1(c.getId(), "全市“零事故”村(社区)、企业、单位统计表", names.getOrDefault(c.getRegionCode(),
                regions.find(c.getRegionCode()).map(Regions.RegionView::name).orElse(c.getRegionCode())), date, year,
                c.getDefinition(), rows, total, rates, notes);
    }

    /** A 县(市区)'s 零事故 rates per group (the total row has a null code). */
    public record RegionRates(String countyCode, String countyName, List<ZeroRate> rates) {
    }

    /** 零事故 rates by 县(市区) and group as of {@code date}, against the year's targets: 附表1's rows, in scope. */
    @Transactional(readOnly = true)
    public List<RegionRates> ratesByRegion(UUID campaignId, LocalDate date) {
        Table1 t = table1(campaignId, date);
        ZeroCampaign c = load(campaignId);
        List<RegionRates> out = new ArrayList<>();
        List<Row> rows = new ArrayList<>(t.rows());
        rows.add(t.total());
        for (Row r : rows) {
            List<ZeroRate> rates = new ArrayList<>();
            for (UnitGroup g : UnitGroup.values()) {
                rates.add(ZeroRate.of(g, r.total(g), r.zero(g), c.target(t.year(), g).orElse(null)));
            }
            out.add(new RegionRates(r.countyCode(), r.countyName(), rates));
        }
        return out;
    }

    private static List<Cell> cells(Map<UnitType, long[]> m) {
        List<Cell> cells = new ArrayList<>();
        for (UnitType t : UnitType.values()) {
            long[] v = m.getOrDefault(t, new long[2]);
            cells.add(new Cell(t, t.label(), v[0], v[1]));
        }
        return cells;
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /**
     * The units behind a figure of 附表1 (drill-down), in scope, a page at a time: of a 县(市区) and/or a type; with
     * {@code zero} true only the 零事故 ones, false only those with an accident; with their unit-year of the year.
     */
    @Transactional(readOnly = true)
    public Page<UnitRow> units(UUID campaignId, LocalDate date, String county, UnitType type, Boolean zero,
            Pageable page) {
        return units(campaignId, date, county, type, null, zero, page);
    }

    /** {@link #units(UUID, LocalDate, String, UnitType, Boolean, Pageable)} narrowed to a group's types as well. */
    @Transactional(readOnly = true)
    public Page<UnitRow> units(UUID campaignId, LocalDate date, String county, UnitType type, UnitGroup group,
            Boolean zero, Pageable page) {
        ZeroCampaign c = load(campaignId);
        if (date == null) {
            date = today();
        }
        SqlFragment scope = scopes.current().sql("u");
        Instant from = LocalDate.of(date.getYear(), 1, 1).atStartOfDay(Zones.CHINA).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(Zones.CHINA).toInstant();
        String hit = "exists (select 1 from accident_accident a where " + MATCH + " and a.state <> 'VOIDED' and"
                + " a.occurred_at >= ? and a.occurred_at < ? and " + c.getDefinition().sql("a") + ")";
        StringBuilder where = new StringBuilder(" from accident_zero_unit u left join accident_zero_unit_year uy on"
                + " uy.unit_id = u.id and uy.unit_year = ? where u.campaign_id = ? and u.since <= ? and " + scope.sql());
        List<Object> args = new ArrayList<>(List.of(date.getYear(), campaignId, date));
        args.addAll(scope.args());
        if (county != null && !county.isBlank()) {
            where.append(" and u.county_code = ?");
            args.add(county);
        }
        if (type != null) {
            where.append(" and u.unit_type = ?");
            args.add(type.name());
        }
        if (group != null) {
            where.append(group == UnitGroup.VILLAGE ? " and u.unit_type = ?" : " and u.unit_type <> ?");
            args.add(UnitType.VILLAGE.name());
        }
        if (zero != null) {
            where.append(zero ? " and not " : " and ").append(hit);
            args.add(Timestamp.from(from));
            args.add(Timestamp.from(to));
        }
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        List<Object> rowArgs = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(to)));
        rowArgs.addAll(args);
        rowArgs.add(page.getPageSize());
        rowArgs.add(page.getOffset());
        List<UnitRow> rows = jdbc.query("select u.id, u.name, u.unit_type, u.region_code, u.county_code,"
                + " u.enterprise_id, u.city_direct, u.since, case when " + hit + " then 0 else 1 end as zero, uy.id,"
                + " uy.state, uy.veto_accident_id" + where + " order by u.county_code, u.unit_type, u.name, u.id"
                + " limit ? offset ?", (rs, i) -> {
                    UnitType t = UnitType.valueOf(rs.getString(3));
                    return new UnitRow(rs.getObject(1, UUID.class), rs.getString(2), t, t.label(), rs.getString(4),
                            rs.getString(5), rs.getObject(6, UUID.class), rs.getBoolean(7),
                            rs.getObject(8, LocalDate.class), rs.getInt(9) == 1, rs.getObject(10, UUID.class),
                            rs.getString(11) == null ? null : UnitYearState.valueOf(rs.getString(11)),
                            rs.getObject(12, UUID.class));
                }, rowArgs.toArray());
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }

    // ================================================================ helpers

    /** Whether the current user runs the campaign (its issuing government's comprehensive officials). */
    public boolean runs(UUID campaignId) {
        ZeroCampaign c = load(campaignId);
        DataScope scope = scopes.current();
        return DataScopes.currentUser().map(CurrentUser::isOfficialOrAdmin).orElse(false)
                && scope.coversRegion(c.getRegionCode()) && !scope.sectorLimited();
    }

    void requireOffice(ZeroCampaign c) {
        DataScope scope = scopes.current();
        if (!me().isOfficialOrAdmin() || !scope.coversRegion(c.getRegionCode()) || scope.sectorLimited()) {
            throw new AccessDeniedException("只有发起创建的政府安委办(本级综合监管部门)可以执行该操作");
        }
    }

    ZeroCampaign load(UUID id) {
        DataScope scope = scopes.current();
        return campaigns.findById(id).filter(c -> scope.permitsRegionRecord(c.getRegionCode(), Set.of()))
                .orElseThrow(() -> new NotFoundException("“零事故”创建"));
    }

    private ZeroUnitYear loadYear(UUID id) {
        DataScope scope = scopes.current();
        return unitYears.findById(id).filter(scope::permits).orElseThrow(() -> new NotFoundException("创建单位年度"));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.CHINA);
    }

    Instant now() {
        return clock.instant();
    }

    private CampaignView view(ZeroCampaign c) {
        return new CampaignView(c.getId(), c.getRegionCode(), regions.find(c.getRegionCode())
                .map(Regions.RegionView::name).orElse(c.getRegionCode()), c.getIssuer(), c.getTitle(),
                c.getDocumentNo(), c.getBaseDate(), c.getDefinition(), c.getDefinition().label(), c.getFirstYear(),
                c.getLastYear(), c.targetData(), c.calendar(), c.getVersion());
    }

    private UnitYearView view(ZeroUnitYear y, ZeroUnit u) {
        ZeroCampaign c = campaigns.findById(y.getCampaignId()).orElseThrow();
        boolean may = DataScopes.currentUser().map(me -> mayDecide(me, c, u)).orElse(false);
        return new UnitYearView(y.getId(), y.getCampaignId(), u.getId(), u.getName(), u.getUnitType(),
                u.getUnitType().label(), u.getRegionCode(), u.isCityDirect(), y.getYear(), y.getState(),
                y.getState().label(), y.getVetoAccidentId() != null, y.getVetoAccidentId(), y.getVetoReason(),
                y.getVetoedAt(), y.getDecidedByName(), y.getDecidedAt(), y.getDecisionNote(),
                y.getChecks().stream().map(k -> new Check(k.getItemCode(), k.isPassed(), k.getNote())).toList(), may,
                y.getVersion());
    }

    static Map<String, Object> snapshot(ZeroCampaign c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("regionCode", c.getRegionCode());
        s.put("title", c.getTitle());
        s.put("baseDate", String.valueOf(c.getBaseDate()));
        s.put("definition", c.getDefinition().name());
        s.put("years", c.getFirstYear() + "-" + c.getLastYear());
        s.put("targets", c.targetData().stream().map(t -> t.year() + "/" + t.group() + "=" + t.percent()
                .toPlainString()).toList());
        return s;
    }

    static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }

    static void text(List<FieldViolation> errors, String field, String value, boolean required, int max,
            String missing) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldViolation(field, missing));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldViolation(field, "不超过" + max + "字"));
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(HASH_ALGORITHM)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(HASH_ALGORITHM).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names of region codes (counties on the lists), the code itself when unknown. */
    public Map<String, String> regionNames(java.util.Collection<String> codes) {
        return enterprises.regionNames(codes);
    }

    Optional<ZeroCampaign> find(UUID id) {
        return campaigns.findById(id);
    }
}
