package org.zhiben.campaign.rectification;

import org.springframework.modulith.NamedInterface;
import java.io.File;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.internal.CampaignTask;
import org.zhiben.campaign.internal.Plan;
import org.zhiben.campaign.rectification.RectificationData.CheckView;
import org.zhiben.campaign.rectification.RectificationData.CountRow;
import org.zhiben.campaign.rectification.RectificationData.Counts;
import org.zhiben.campaign.rectification.RectificationData.ImportResult;
import org.zhiben.campaign.rectification.RectificationData.ItemResult;
import org.zhiben.campaign.rectification.RectificationData.Kind;
import org.zhiben.campaign.rectification.RectificationData.NewCheck;
import org.zhiben.campaign.rectification.RectificationData.NewObject;
import org.zhiben.campaign.rectification.RectificationData.ObjectRow;
import org.zhiben.campaign.rectification.RectificationData.ObjectView;
import org.zhiben.campaign.rectification.RectificationData.ProblemView;
import org.zhiben.campaign.rectification.RectificationData.Rectify;
import org.zhiben.campaign.rectification.RectificationData.ResultView;
import org.zhiben.campaign.rectification.RectificationData.RowError;
import org.zhiben.campaign.rectification.RectificationData.Verify;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.PageResponse;
import org.zhiben.common.RegionCode;
import org.zhiben.common.RegionLevel;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.StaleVersionException;
import org.zhiben.common.Zones;
import org.zhiben.common.document.XlsxSheetReader;
import org.zhiben.directory.Regions;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;

/**
 * The 专项整治 ledgers (一本账) of objects that are not enterprises — 自建房, 燃气用户, 九小场所 — registered by village,
 * checked with their ledger's checklist (data, V53), every 不合格 item a problem with a due date that is rectified
 * (整改, 待验收) and verified (销号) by an official, overdue while 整改中 after its due date; counts per village and
 * town in grouped SQL; ledgers bound to campaign tasks.
 * <p>
 * Scope is the region: officials see the objects inside their jurisdiction (their department's sector limit does not
 * apply — these objects have no sector), administrators everything, enterprise users and experts nothing (404).
 * Officials in scope register, check, rectify and verify; administrators only read.
 */
@NamedInterface(name = "rectification", propagate = false)
@Service
public class Rectifications {

    /** Columns of the import sheet, in order (docs/campaign.md). */
    public static final List<String> IMPORT_COLUMNS = List.of("村(社区)区划代码", "名称", "地址", "户主/经营者", "类别",
            "层数", "用途", "是否经营");
    public static final int MAX_IMPORT_ROWS = 5000;

    private final JdbcTemplate jdbc;
    private final DataScopes scopes;
    private final Regions regions;
    private final Campaigns campaigns;
    private final AuditTrail audit;
    private final IdempotentCreates creates;
    private final Clock clock;

    Rectifications(JdbcTemplate jdbc, DataScopes scopes, Regions regions, Campaigns campaigns, AuditTrail audit,
            IdempotentCreates creates, Clock clock) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.regions = regions;
        this.campaigns = campaigns;
        this.audit = audit;
        this.creates = creates;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    // ---------------------------------------------------------------- kinds and checklists

    public List<Kind> kinds() {
        return jdbc.query("select code, ledger, name from campaign_rect_kind order by seq",
                (rs, i) -> new Kind(rs.getString(1), Ledger.valueOf(rs.getString(2)), rs.getString(3)));
    }

    public List<Kind> kinds(Ledger ledger) {
        return kinds().stream().filter(k -> k.ledger() == ledger).toList();
    }

    public List<String> checklist(Ledger ledger) {
        return jdbc.queryForList("select text from campaign_rect_item where ledger = ? order by seq", String.class,
                ledger.name());
    }

    // ---------------------------------------------------------------- scope

    private DataScope scope() {
        return scopes.current();
    }

    /** The scope over a table's {@code region_code}: by region only. */
    private static SqlFragment where(DataScope s, String alias) {
        return switch (s.kind()) {
            case ALL -> SqlFragment.TRUE;
            case JURISDICTION -> SqlFragment.of(alias + ".region_code between ? and ?", s.regionLow(),
                    s.regionHigh());
            default -> SqlFragment.FALSE;
        };
    }

    private static boolean covers(DataScope s, String region) {
        return switch (s.kind()) {
            case ALL -> true;
            case JURISDICTION -> s.coversRegion(region);
            default -> false;
        };
    }

    /** Whether the region lies in the caller's scope (by region only). */
    public boolean covers(String region) {
        return covers(scope(), region);
    }

    private CurrentUser official() {
        CurrentUser u = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
        if (u.role() != Role.OFFICIAL) {
            throw new AccessDeniedException("专项整治台账由辖区的监管人员登记、检查和验收");
        }
        return u;
    }

    /** Whether the current user may change the ledgers (an official; scope is checked per object). */
    public boolean canEdit() {
        return DataScopes.currentUser().map(u -> u.role() == Role.OFFICIAL).orElse(false);
    }

    // ---------------------------------------------------------------- registration

    @Transactional
    public UUID register(NewObject o, String idempotencyKey) {
        return creates.once("campaign.rect.object", idempotencyKey, o, () -> register(o));
    }

    private UUID register(NewObject o) {
        CurrentUser u = official();
        List<FieldViolation> v = new ArrayList<>();
        NewObject clean = validate(o, v);
        if (clean != null && v.isEmpty() && addressTaken(clean)) {
            v.add(new FieldViolation("address", "本村(社区)的该台账中已登记这个地址"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        UUID id = insert(clean, u);
        audit.record(AuditRecord.created("CampaignRectObject", id, "登记" + clean.ledger().label() + " "
                + clean.name(), snapshot(clean)));
        return id;
    }

    private boolean addressTaken(NewObject o) {
        return jdbc.queryForObject("select count(*) from campaign_rect_object where ledger = ? and region_code = ?"
                + " and address = ?", Long.class, o.ledger().name(), o.regionCode(), o.address()) > 0;
    }

    private UUID insert(NewObject o, CurrentUser u) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.update("insert into campaign_rect_object (id, ledger, kind_code, region_code, name, address,"
                    + " owner_name, storeys, purpose, business, last_checked_on, version, created_at, created_by_name)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, 0, ?, ?)", id, o.ledger().name(), o.kindCode(),
                    o.regionCode(), o.name(), o.address(), o.ownerName(), o.storeys(),
                    o.purpose() == null ? null : o.purpose().name(), Boolean.TRUE.equals(o.business()),
                    Timestamp.from(Instant.now(clock)), u.displayName());
        } catch (DuplicateKeyException race) {
            throw new InvalidInputException("address", "本村(社区)的该台账中已登记这个地址");
        }
        return id;
    }

    private static Map<String, Object> snapshot(NewObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ledger", o.ledger().name());
        m.put("kind", o.kindCode());
        m.put("region", o.regionCode());
        m.put("name", o.name());
        m.put("address", o.address());
        m.put("owner", o.ownerName());
        m.put("storeys", o.storeys());
        m.put("purpose", o.purpose() == null ? null : o.purpose().name());
        m.put("business", Boolean.TRUE.equals(o.business()));
        return m;
    }

    /** The object cleaned (texts stripped, kind defaulted), violations added to {@code v}; scope checked. */
    private NewObject validate(NewObject o, List<FieldViolation> v) {
        if (o == null) {
            v.add(new FieldViolation("ledger", "请填写台账类别"));
            return null;
        }
        if (o.ledger() == null) {
            v.add(new FieldViolation("ledger", "请选择台账:自建房、燃气用户或九小场所"));
        }
        String kind = o.kindCode() == null || o.kindCode().isBlank() ? (o.ledger() == null ? null
                : o.ledger().name()) : o.kindCode().strip();
        if (o.ledger() != null) {
            List<Kind> kinds = kinds(o.ledger());
            boolean hasSub = kinds.size() > 1;
            String k = kind;
            if (kinds.stream().noneMatch(x -> x.code().equals(k)) || (hasSub && k.equals(o.ledger().name()))) {
                v.add(new FieldViolation("kindCode", hasSub ? "请选择" + o.ledger().label() + "的类别" : "类别与台账不符"));
            }
        }
        String region = o.regionCode() == null ? null : o.regionCode().strip();
        String problem = RegionCode.problem(region);
        if (problem != null) {
            v.add(new FieldViolation("regionCode", problem));
        } else if (RegionCode.of(region).level() != RegionLevel.VILLAGE) {
            v.add(new FieldViolation("regionCode", "请填写村(社区)的12位区划代码"));
        } else if (!covers(scope(), region)) {
            v.add(new FieldViolation("regionCode", "该村(社区)不在您的辖区内"));
        } else if (regions.find(region).isEmpty()) {
            v.add(new FieldViolation("regionCode", "区划目录中没有这个村(社区)"));
        }
        String name = InputRules.text(v, "name", o.name(), true, 100, "名称");
        String address = InputRules.text(v, "address", o.address(), true, 200, "地址");
        String owner = InputRules.text(v, "ownerName", o.ownerName(), true, 50, "户主/经营者");
        if (o.ledger() == Ledger.SELF_BUILT) {
            if (o.storeys() == null) {
                v.add(new FieldViolation("storeys", "请填写层数"));
            } else if (o.storeys() < 1 || o.storeys() > 50) {
                v.add(new FieldViolation("storeys", "层数应在1–50之间"));
            }
            if (o.purpose() == null) {
                v.add(new FieldViolation("purpose", "请选择用途:自住、出租、经营或混合"));
            }
        } else if (o.storeys() != null && (o.storeys() < 1 || o.storeys() > 50)) {
            v.add(new FieldViolation("storeys", "层数应在1–50之间"));
        }
        boolean business = Boolean.TRUE.equals(o.business()) || o.purpose() == Purpose.BUSINESS
                || o.purpose() == Purpose.MIXED;
        return new NewObject(o.ledger(), kind, region, name, address, owner, o.storeys(),
                o.ledger() == Ledger.SELF_BUILT ? o.purpose() : null, business);
    }

    // ---------------------------------------------------------------- import

    /**
     * Imports a ledger's objects (一本账) from the first sheet of an xlsx: all rows or none; row errors name the row as
     * Excel numbers it and the column.
     */
    @Transactional
    public ImportResult importObjects(Ledger ledger, File xlsx) throws IOException {
        CurrentUser u = official();
        if (ledger == null) {
            throw new InvalidInputException("ledger", "请选择台账");
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        boolean[] header = {false};
        try (XlsxSheetReader reader = XlsxSheetReader.open(xlsx, IMPORT_COLUMNS.size())) {
            reader.read((n, cells) -> {
                if (!header[0]) {
                    if (XlsxSheetReader.titleRow(n, cells)) {
                        return;
                    }
                    for (int i = 0; i < IMPORT_COLUMNS.size(); i++) {
                        String c = i < cells.length && cells[i] != null ? cells[i].strip() : "";
                        if (!c.equals(IMPORT_COLUMNS.get(i))) {
                            throw new InvalidInputException("file", "第" + n + "行应为表头:"
                                    + String.join("、", IMPORT_COLUMNS) + "(见导入说明)");
                        }
                    }
                    header[0] = true;
                    return;
                }
                if (rows.size() >= MAX_IMPORT_ROWS) {
                    throw new InvalidInputException("file", "一次最多导入" + MAX_IMPORT_ROWS + "行");
                }
                rows.add(cells);
                numbers.add(n);
            });
        } catch (XlsxSheetReader.NotXlsxException e) {
            throw new InvalidInputException("file", e.userMessage());
        }
        if (!header[0]) {
            throw new InvalidInputException("file", "文件中没有表头行:" + String.join("、", IMPORT_COLUMNS));
        }
        Map<String, String> kindByName = new HashMap<>();
        for (Kind k : kinds(ledger)) {
            kindByName.put(k.name(), k.code());
        }
        Map<String, Purpose> purposeByLabel = new HashMap<>();
        for (Purpose p : Purpose.values()) {
            purposeByLabel.put(p.label(), p);
        }
        List<RowError> errors = new ArrayList<>();
        List<NewObject> built = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i);
            int n = numbers.get(i);
            List<FieldViolation> v = new ArrayList<>();
            String kindName = cell(c, 4);
            String kind = kindName == null ? null : kindByName.get(kindName);
            if (kindName != null && kind == null) {
                errors.add(new RowError(n, "类别", "没有这个类别:" + kindName));
                continue;
            }
            Integer storeys = null;
            if (cell(c, 5) != null) {
                try {
                    storeys = Integer.valueOf(cell(c, 5));
                } catch (NumberFormatException e) {
                    errors.add(new RowError(n, "层数", "层数应为整数"));
                    continue;
                }
            }
            Purpose purpose = null;
            if (cell(c, 6) != null) {
                purpose = purposeByLabel.get(cell(c, 6));
                if (purpose == null) {
                    errors.add(new RowError(n, "用途", "用途应为自住、出租、经营或混合"));
                    continue;
                }
            }
            String biz = cell(c, 7);
            if (biz != null && !biz.equals("是") && !biz.equals("否")) {
                errors.add(new RowError(n, "是否经营", "请填写是或否"));
                continue;
            }
            NewObject o = validate(new NewObject(ledger, kind, cell(c, 0), cell(c, 1), cell(c, 2), cell(c, 3),
                    storeys, purpose, "是".equals(biz)), v);
            for (FieldViolation f : v) {
                errors.add(new RowError(n, column(f.field()), f.message()));
            }
            if (!v.isEmpty()) {
                continue;
            }
            String key = o.regionCode() + "|" + o.address();
            if (seen.containsKey(key)) {
                errors.add(new RowError(n, "地址", "与第" + seen.get(key) + "行的地址重复"));
                continue;
            }
            seen.put(key, n);
            if (addressTaken(o)) {
                errors.add(new RowError(n, "地址", "本村(社区)的该台账中已登记这个地址"));
                continue;
            }
            built.add(o);
        }
        if (!errors.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new ImportResult(rows.size(), 0, errors);
        }
        for (NewObject o : built) {
            insert(o, u);
        }
        audit.record(AuditRecord.created("CampaignRectObject", ledger.name(), "导入" + ledger.label() + "台账 "
                + built.size() + " 户(处)", Map.of("ledger", ledger.name(), "objects", built.size())));
        return new ImportResult(rows.size(), built.size(), List.of());
    }

    private static String column(String field) {
        return switch (field) {
            case "regionCode" -> IMPORT_COLUMNS.get(0);
            case "name" -> IMPORT_COLUMNS.get(1);
            case "address" -> IMPORT_COLUMNS.get(2);
            case "ownerName" -> IMPORT_COLUMNS.get(3);
            case "kindCode", "ledger" -> IMPORT_COLUMNS.get(4);
            case "storeys" -> IMPORT_COLUMNS.get(5);
            case "purpose" -> IMPORT_COLUMNS.get(6);
            default -> field;
        };
    }

    private static String cell(String[] c, int i) {
        return i < c.length && c[i] != null && !c[i].isBlank() ? c[i].strip() : null;
    }

    // ---------------------------------------------------------------- reading

    private static final String OBJECT_COLUMNS = "o.id, o.ledger, o.kind_code, k.name, o.region_code, o.name,"
            + " o.address, o.owner_name, o.storeys, o.purpose, o.business, o.last_checked_on, o.version,"
            + " (select count(*) from campaign_rect_problem p where p.object_id = o.id and p.state <> 'VERIFIED'),"
            + " (select count(*) from campaign_rect_problem p where p.object_id = o.id and p.state = 'OPEN'"
            + " and p.due_date < ?)";

    /** A ledger's objects inside {@code region} (default: the caller's jurisdiction), paged, by village and address. */
    public PageResponse<ObjectRow> objects(Ledger ledger, String region, int page, int size) {
        PageResponse.request(page, size, org.springframework.data.domain.Sort.unsorted());
        DataScope s = scope();
        SqlFragment w = SqlFragment.of("o.ledger = ?", ledger.name()).and(where(s, "o")).and(regionFilter(s, region));
        long total = jdbc.queryForObject("select count(*) from campaign_rect_object o where " + w.sql(), Long.class,
                w.argArray());
        List<Object> args = new ArrayList<>();
        args.add(today());
        args.addAll(w.args());
        args.add(size);
        args.add((long) page * size);
        List<ObjectRow> rows = jdbc.query("select " + OBJECT_COLUMNS + " from campaign_rect_object o"
                + " join campaign_rect_kind k on k.code = o.kind_code where " + w.sql()
                + " order by o.region_code, o.address limit ? offset ?", (rs, i) -> objectRow(rs), args.toArray());
        return new PageResponse<>(named(rows), page, size, total);
    }

    private SqlFragment regionFilter(DataScope s, String region) {
        if (region == null || region.isBlank()) {
            return SqlFragment.TRUE;
        }
        if (!RegionCode.isValid(region)) {
            throw new InvalidInputException("region", RegionCode.problem(region));
        }
        RegionCode r = RegionCode.of(region);
        if (!s.canNavigate(r) || s.kind() == DataScope.Kind.ENTERPRISE || s.kind() == DataScope.Kind.NONE) {
            throw new NotFoundException("区划");
        }
        return SqlFragment.of("o.region_code between ? and ?", r.rangeLow(), r.rangeHigh());
    }

    private ObjectRow objectRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        String purpose = rs.getString(10);
        java.sql.Date checked = rs.getDate(12);
        int storeys = rs.getInt(9);
        return new ObjectRow(rs.getObject(1, UUID.class), Ledger.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), null, rs.getString(6), rs.getString(7), rs.getString(8),
                rs.wasNull() ? null : storeys, purpose == null ? null : Purpose.valueOf(purpose), rs.getBoolean(11),
                checked == null ? null : checked.toLocalDate(), rs.getInt(14), rs.getInt(15), rs.getLong(13));
    }

    private List<ObjectRow> named(List<ObjectRow> rows) {
        Map<String, String> names = new HashMap<>();
        List<ObjectRow> out = new ArrayList<>();
        for (ObjectRow r : rows) {
            String name = names.computeIfAbsent(r.regionCode(), this::regionName);
            out.add(new ObjectRow(r.id(), r.ledger(), r.kindCode(), r.kindName(), r.regionCode(), name, r.name(),
                    r.address(), r.ownerName(), r.storeys(), r.purpose(), r.business(), r.lastCheckedOn(),
                    r.openProblems(), r.overdueProblems(), r.version()));
        }
        return out;
    }

    public String regionName(String code) {
        return regions.find(code).map(Regions.RegionView::name).orElse(code);
    }

    /** The object with its checklist, checks (newest first) and problems; outside the scope 404. */
    public ObjectView object(UUID id) {
        ObjectRow o = row(id);
        List<CheckView> checks = new ArrayList<>();
        for (Map<String, Object> c : jdbc.queryForList("select id, checked_on, inspector_name, note from"
                + " campaign_rect_check where object_id = ? order by checked_on desc, created_at desc", id)) {
            UUID checkId = (UUID) c.get("id");
            List<ResultView> results = jdbc.query("select seq, item_text, outcome, note from campaign_rect_result"
                    + " where check_id = ? order by seq", (rs, i) -> new ResultView(rs.getInt(1), rs.getString(2),
                            Outcome.valueOf(rs.getString(3)), rs.getString(4)), checkId);
            checks.add(new CheckView(checkId, ((java.sql.Date) c.get("checked_on")).toLocalDate(),
                    (String) c.get("inspector_name"), (String) c.get("note"), results));
        }
        List<ProblemView> problems = problems("p.object_id = ?", id);
        return new ObjectView(o, checklist(o.ledger()), checks, problems);
    }

    private ObjectRow row(UUID id) {
        SqlFragment w = SqlFragment.of("o.id = ?", id).and(where(scope(), "o"));
        List<Object> args = new ArrayList<>();
        args.add(today());
        args.addAll(w.args());
        List<ObjectRow> rows = jdbc.query("select " + OBJECT_COLUMNS + " from campaign_rect_object o"
                + " join campaign_rect_kind k on k.code = o.kind_code where " + w.sql(), (rs, i) -> objectRow(rs),
                args.toArray());
        if (rows.isEmpty()) {
            throw new NotFoundException("台账对象");
        }
        return named(rows).get(0);
    }

    private List<ProblemView> problems(String condition, Object arg) {
        SqlFragment w = SqlFragment.of(condition, arg).and(where(scope(), "p"));
        List<Object> args = new ArrayList<>();
        args.add(today());
        args.addAll(w.args());
        return jdbc.query("select p.id, p.object_id, o.name, p.region_code, p.ledger, p.item_seq, p.description,"
                + " p.found_on, p.due_date, p.state, case when p.state = 'OPEN' and p.due_date < ? then 1 else 0 end,"
                + " p.rectification, p.rectified_on, p.verified_on, p.verified_by_name, p.version"
                + " from campaign_rect_problem p join campaign_rect_object o on o.id = p.object_id where " + w.sql()
                + " order by p.due_date, p.item_seq", (rs, i) -> new ProblemView(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        Ledger.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7),
                        rs.getDate(8).toLocalDate(), rs.getDate(9).toLocalDate(),
                        ProblemState.valueOf(rs.getString(10)), rs.getInt(11) == 1, rs.getString(12),
                        date(rs.getDate(13)), date(rs.getDate(14)), rs.getString(15), rs.getLong(16)),
                args.toArray());
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    public ProblemView problem(UUID id) {
        List<ProblemView> found = problems("p.id = ?", id);
        if (found.isEmpty()) {
            throw new NotFoundException("问题");
        }
        return found.get(0);
    }

    // ---------------------------------------------------------------- checks

    /**
     * Records a check of the object from the version the official saw: every checklist item once (合格, 不合格 or
     * 不适用); each 不合格 item becomes a problem 整改中 due on its {@code dueDate} (not before the check). The
     * object's last check day moves forward. One transaction, audited.
     */
    @Transactional
    public UUID check(UUID objectId, NewCheck c) {
        CurrentUser u = official();
        ObjectRow o = row(objectId);
        if (c == null) {
            throw new InvalidInputException("results", "请逐项填写检查结果");
        }
        if (c.version() != o.version()) {
            throw new StaleVersionException();
        }
        List<String> items = checklist(o.ledger());
        List<FieldViolation> v = new ArrayList<>();
        LocalDate today = today();
        if (c.checkedOn() == null) {
            v.add(new FieldViolation("checkedOn", "请填写检查日期"));
        } else if (c.checkedOn().isAfter(today)) {
            v.add(new FieldViolation("checkedOn", "检查日期不能晚于今天"));
        } else if (!InputRules.dateAllowed(c.checkedOn())) {
            v.add(new FieldViolation("checkedOn", InputRules.dateWindowMessage()));
        }
        String inspector = InputRules.text(v, "inspectorName", c.inspectorName(), false, 100, "检查人");
        String note = InputRules.text(v, "note", c.note(), false, 1000, "检查说明");
        Map<Integer, ItemResult> bySeq = new LinkedHashMap<>();
        List<ItemResult> results = c.results() == null ? List.of() : c.results();
        for (int i = 0; i < results.size(); i++) {
            ItemResult r = results.get(i);
            String f = "results[" + i + "]";
            if (r == null || r.seq() < 1 || r.seq() > items.size()) {
                v.add(new FieldViolation(f + ".seq", "检查表中没有这一项"));
                continue;
            }
            if (bySeq.containsKey(r.seq())) {
                v.add(new FieldViolation(f + ".seq", "第" + r.seq() + "项重复填写"));
                continue;
            }
            bySeq.put(r.seq(), r);
            if (r.outcome() == null) {
                v.add(new FieldViolation(f + ".outcome", "请选择合格、不合格或不适用"));
            }
            InputRules.text(v, f + ".note", r.note(), false, 500, "说明");
            if (r.outcome() == Outcome.FAIL) {
                if (r.dueDate() == null) {
                    v.add(new FieldViolation(f + ".dueDate", "不合格项请填写整改期限"));
                } else if (c.checkedOn() != null && r.dueDate().isBefore(c.checkedOn())) {
                    v.add(new FieldViolation(f + ".dueDate", "整改期限不能早于检查日期"));
                } else if (!InputRules.dateAllowed(r.dueDate())) {
                    v.add(new FieldViolation(f + ".dueDate", InputRules.dateWindowMessage()));
                }
            }
        }
        for (int seq = 1; seq <= items.size(); seq++) {
            if (!bySeq.containsKey(seq)) {
                v.add(new FieldViolation("results", "第" + seq + "项(" + items.get(seq - 1) + ")未填写"));
                break;
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        LocalDate last = o.lastCheckedOn() == null || c.checkedOn().isAfter(o.lastCheckedOn()) ? c.checkedOn()
                : o.lastCheckedOn();
        if (jdbc.update("update campaign_rect_object set last_checked_on = ?, version = version + 1 where id = ?"
                + " and version = ?", last, objectId, c.version()) == 0) {
            throw new StaleVersionException();
        }
        UUID checkId = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.update("insert into campaign_rect_check (id, object_id, checked_on, inspector_name, note, created_at)"
                + " values (?, ?, ?, ?, ?, ?)", checkId, objectId, c.checkedOn(),
                inspector == null ? u.displayName() : inspector, note, now);
        int failed = 0;
        for (ItemResult r : bySeq.values()) {
            String text = items.get(r.seq() - 1);
            String itemNote = r.note() == null || r.note().isBlank() ? null : r.note().strip();
            jdbc.update("insert into campaign_rect_result (check_id, seq, item_text, outcome, note) values"
                    + " (?, ?, ?, ?, ?)", checkId, r.seq(), text, r.outcome().name(), itemNote);
            if (r.outcome() == Outcome.FAIL) {
                failed++;
                String description = itemNote == null ? text : text + ":" + itemNote;
                jdbc.update("insert into campaign_rect_problem (id, object_id, check_id, ledger, region_code,"
                        + " item_seq, description, found_on, due_date, state, version, created_at) values"
                        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 0, ?)", UUID.randomUUID(), objectId, checkId,
                        o.ledger().name(), o.regionCode(), r.seq(),
                        description.length() > 500 ? description.substring(0, 500) : description, c.checkedOn(),
                        r.dueDate(), now);
            }
        }
        audit.record(AuditRecord.created("CampaignRectCheck", checkId, "检查" + o.ledger().label() + " " + o.name()
                + ":" + items.size() + " 项," + failed + " 项不合格", Map.of("object", objectId.toString(),
                        "checkedOn", c.checkedOn().toString(), "failed", failed)));
        return checkId;
    }

    // ---------------------------------------------------------------- the problem's loop

    /** 整改: 整改中 → 待验收, with what was done and the day (not before the problem was found, not after today). */
    @Transactional
    public void rectify(UUID problemId, Rectify r) {
        official();
        ProblemView p = problem(problemId);
        if (r.version() != p.version()) {
            throw new StaleVersionException();
        }
        if (p.state() != ProblemState.OPEN) {
            throw new InvalidInputException("state", "只有整改中的问题可以提交整改");
        }
        List<FieldViolation> v = new ArrayList<>();
        String text = InputRules.text(v, "rectification", r.rectification(), true, 500, "整改情况");
        if (r.rectifiedOn() == null) {
            v.add(new FieldViolation("rectifiedOn", "请填写整改完成日期"));
        } else if (r.rectifiedOn().isBefore(p.foundOn()) || r.rectifiedOn().isAfter(today())) {
            v.add(new FieldViolation("rectifiedOn", "整改完成日期应在发现日期和今天之间"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        if (jdbc.update("update campaign_rect_problem set state = 'RECTIFIED', rectification = ?, rectified_on = ?,"
                + " version = version + 1 where id = ? and version = ? and state = 'OPEN'", text, r.rectifiedOn(),
                problemId, r.version()) == 0) {
            throw new StaleVersionException();
        }
        audit.record(AuditRecord.updated("CampaignRectProblem", problemId, "问题整改:" + p.description(),
                Map.of("state", p.state().name()), Map.of("state", "RECTIFIED", "rectification", text,
                        "rectifiedOn", r.rectifiedOn().toString())));
    }

    /** 验收: 待验收 → 已销号 (pass) or back to 整改中 with the reason (fail). */
    @Transactional
    public void verify(UUID problemId, Verify d) {
        CurrentUser u = official();
        ProblemView p = problem(problemId);
        if (d.version() != p.version()) {
            throw new StaleVersionException();
        }
        if (p.state() != ProblemState.RECTIFIED) {
            throw new InvalidInputException("state", "只有待验收的问题可以验收");
        }
        List<FieldViolation> v = new ArrayList<>();
        String note = InputRules.text(v, "note", d.note(), !d.pass(), 400, "验收不通过的理由");
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        int n = d.pass()
                ? jdbc.update("update campaign_rect_problem set state = 'VERIFIED', verified_on = ?,"
                        + " verified_by_name = ?, version = version + 1 where id = ? and version = ?"
                        + " and state = 'RECTIFIED'", today(), u.displayName(), problemId, d.version())
                : jdbc.update("update campaign_rect_problem set state = 'OPEN', rectification = ?,"
                        + " rectified_on = null, version = version + 1 where id = ? and version = ?"
                        + " and state = 'RECTIFIED'", "验收未通过:" + note, problemId, d.version());
        if (n == 0) {
            throw new StaleVersionException();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", d.pass() ? "VERIFIED" : "OPEN");
        after.put("note", note);
        audit.record(AuditRecord.updated("CampaignRectProblem", problemId, (d.pass() ? "问题销号:" : "验收未通过:")
                + p.description(), Map.of("state", p.state().name()), after));
    }

    // ---------------------------------------------------------------- counts

    /**
     * A ledger's figures per sub-region of {@code region} (a town: its villages; a county: its towns…; a village:
     * itself), default the caller's jurisdiction (administrators: per province). Two grouped queries; regions
     * without objects are listed with zeros. Outside the scope: 404.
     */
    public Counts counts(Ledger ledger, String region) {
        DataScope s = scope();
        if (s.kind() == DataScope.Kind.ENTERPRISE || s.kind() == DataScope.Kind.NONE) {
            throw new NotFoundException("区划");
        }
        String code = region == null || region.isBlank() ? (s.kind() == DataScope.Kind.ALL ? null
                : s.region().value()) : region.strip();
        if (code != null && !RegionCode.isValid(code)) {
            throw new InvalidInputException("region", RegionCode.problem(code));
        }
        if (code != null && !covers(s, code)) {
            throw new NotFoundException("区划");
        }
        RegionCode r = code == null ? null : RegionCode.of(code);
        int length = r == null ? RegionLevel.PROVINCE.prefixLength() : r.level() == RegionLevel.VILLAGE
                ? RegionLevel.VILLAGE.prefixLength() : RegionLevel.ofDepth(r.level().depth() + 1).prefixLength();
        String low = r == null ? "000000000000" : r.rangeLow();
        String high = r == null ? "999999999999" : r.rangeHigh();
        LocalDate today = today();
        Map<String, long[]> figures = new LinkedHashMap<>();
        String group = "substr(o.region_code, 1, " + length + ")";
        jdbc.query("select " + group + ", count(*), sum(case when o.last_checked_on is not null then 1 else 0 end),"
                + " sum(case when exists (select 1 from campaign_rect_problem p where p.object_id = o.id) then 1"
                + " else 0 end) from campaign_rect_object o where o.ledger = ? and o.region_code between ? and ?"
                + " group by " + group, rs -> {
                    long[] f = figures.computeIfAbsent(rs.getString(1), k -> new long[8]);
                    f[0] = rs.getLong(2);
                    f[1] = rs.getLong(3);
                    f[2] = rs.getLong(4);
                }, ledger.name(), low, high);
        String pgroup = "substr(p.region_code, 1, " + length + ")";
        jdbc.query("select " + pgroup + ", count(*), sum(case when p.state = 'OPEN' then 1 else 0 end),"
                + " sum(case when p.state = 'OPEN' and p.due_date < ? then 1 else 0 end),"
                + " sum(case when p.state = 'RECTIFIED' then 1 else 0 end),"
                + " sum(case when p.state = 'VERIFIED' then 1 else 0 end)"
                + " from campaign_rect_problem p where p.ledger = ? and p.region_code between ? and ?"
                + " group by " + pgroup, rs -> {
                    long[] f = figures.computeIfAbsent(rs.getString(1), k -> new long[8]);
                    f[3] = rs.getLong(2);
                    f[4] = rs.getLong(3);
                    f[5] = rs.getLong(4);
                    f[6] = rs.getLong(5);
                    f[7] = rs.getLong(6);
                }, today, ledger.name(), low, high);
        List<CountRow> rows = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        if (r != null && r.level() != RegionLevel.VILLAGE) {
            for (Regions.RegionView child : regions.children(code)) {
                names.put(child.code().substring(0, length), child.name());
            }
        }
        for (String prefix : figures.keySet()) {
            names.putIfAbsent(prefix, null);
        }
        long[] total = new long[8];
        for (Map.Entry<String, String> e : names.entrySet()) {
            String full = e.getKey() + "0".repeat(12 - e.getKey().length());
            long[] f = figures.getOrDefault(e.getKey(), new long[8]);
            for (int i = 0; i < 8; i++) {
                total[i] += f[i];
            }
            rows.add(countRow(full, e.getValue() != null ? e.getValue() : regionName(full), f));
        }
        rows.sort(java.util.Comparator.comparing(CountRow::regionCode));
        String name = code == null ? "全部" : regionName(code);
        return new Counts(ledger, code, name, countRow(code, name, total), rows);
    }

    private static CountRow countRow(String code, String name, long[] f) {
        return new CountRow(code, name, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
    }

    // ---------------------------------------------------------------- binding to campaign tasks

    /** The ledgers a task is measured by, with their figures over the plan's region within the caller's scope. */
    public List<RectificationData.Binding> bindings(UUID taskId) {
        CampaignTask t = campaigns.task(taskId);
        Plan plan = campaigns.plan(t.getPlanId());
        List<String> ledgers = jdbc.queryForList("select ledger from campaign_rect_binding where task_id = ?"
                + " order by created_at, ledger", String.class, taskId);
        String area = narrower(plan.getRegionCode(), scope());
        List<RectificationData.Binding> out = new ArrayList<>();
        for (String l : ledgers) {
            Ledger ledger = Ledger.valueOf(l);
            out.add(new RectificationData.Binding(taskId, ledger, area == null ? null
                    : counts(ledger, area).total()));
        }
        return out;
    }

    /** The plan's region, or the caller's jurisdiction when that lies inside it; null when they do not meet. */
    private static String narrower(String planRegion, DataScope s) {
        if (s.kind() == DataScope.Kind.ALL) {
            return planRegion;
        }
        if (s.kind() != DataScope.Kind.JURISDICTION) {
            return null;
        }
        if (s.coversRegion(planRegion)) {
            return planRegion;
        }
        return RegionCode.of(planRegion).contains(s.region()) ? s.region().value() : null;
    }

    /** Binds a ledger to a task (the plan's office only); binding twice is a no-op. */
    @Transactional
    public void bind(UUID taskId, Ledger ledger) {
        CampaignTask t = campaigns.task(taskId);
        if (ledger == null) {
            throw new InvalidInputException("ledger", "请选择台账");
        }
        if (!campaigns.canManage(campaigns.plan(t.getPlanId()))) {
            throw new AccessDeniedException("只有方案的印发机关可以关联专项整治台账");
        }
        if (jdbc.queryForObject("select count(*) from campaign_rect_binding where task_id = ? and ledger = ?",
                Long.class, taskId, ledger.name()) > 0) {
            return;
        }
        jdbc.update("insert into campaign_rect_binding (task_id, ledger, created_at) values (?, ?, ?)", taskId,
                ledger.name(), Timestamp.from(Instant.now(clock)));
        audit.record(AuditRecord.created("CampaignRectBinding", taskId, "任务 " + t.getTaskNo() + " 关联"
                + ledger.label() + "台账", Map.of("task", taskId.toString(), "ledger", ledger.name())));
    }

    @Transactional
    public void unbind(UUID taskId, Ledger ledger) {
        CampaignTask t = campaigns.task(taskId);
        if (!campaigns.canManage(campaigns.plan(t.getPlanId()))) {
            throw new AccessDeniedException("只有方案的印发机关可以取消关联");
        }
        if (jdbc.update("delete from campaign_rect_binding where task_id = ? and ledger = ?", taskId,
                ledger.name()) > 0) {
            audit.record(AuditRecord.deleted("CampaignRectBinding", taskId, "任务 " + t.getTaskNo() + " 取消关联"
                    + ledger.label() + "台账", Map.of("ledger", ledger.name())));
        }
    }

    Optional<Kind> kind(String code) {
        return kinds().stream().filter(k -> k.code().equals(code)).findFirst();
    }
}
