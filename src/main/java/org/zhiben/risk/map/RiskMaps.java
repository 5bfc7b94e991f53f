package org.zhiben.risk.map;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FileStore;
import org.zhiben.common.FileType;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.common.StoredFile;
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.identity.DataScopes;
import org.zhiben.risk.RiskInventory;
import org.zhiben.risk.RiskRollUp.UnitLevel;
import org.zhiben.risk.RiskRollUp;
import org.zhiben.risk.inventory.AnalysisUnitRepository;
import org.zhiben.risk.inventory.InventoryAccess;
import org.zhiben.risk.inventory.InventoryRecord;

/**
 * 风险四色图: site plans of an enterprise with one polygon per analysis unit, each filled with the colour of the
 * unit's current level, computed whenever the map is read. Scope as for the inventory: the enterprise's principal
 * and safety manager edit; its workers, officials in jurisdiction and administrators read; for others the maps do
 * not exist (404). Each change is one transaction with an audit entry; polygon edits carry their version.
 */
@NamedInterface("map")
@Service
public class RiskMaps {

    public static final long MAX_PLAN_BYTES = 10L * 1024 * 1024;
    public static final Set<FileType> PLAN_TYPES = Set.of(FileType.PNG, FileType.JPEG);
    static final String PLAN = "RiskSitePlan";
    static final String POLYGON = "RiskMapPolygon";
    private static final VersionedChanges.Subject<MapPolygon> POLYGON_CHANGE = InventoryRecord.subject(POLYGON);

    private final SitePlanRepository plans;
    private final MapPolygonRepository polygons;
    private final AnalysisUnitRepository units;
    private final RiskInventory inventory;
    private final InventoryAccess access;
    private final FileStore files;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final Clock clock;

    RiskMaps(SitePlanRepository plans, MapPolygonRepository polygons, AnalysisUnitRepository units,
            RiskInventory inventory, InventoryAccess access, FileStore files, AuditTrail audit,
            VersionedChanges changes, IdempotentCreates creates, Clock clock) {
        this.plans = plans;
        this.polygons = polygons;
        this.units = units;
        this.inventory = inventory;
        this.access = access;
        this.files = files;
        this.audit = audit;
        this.changes = changes;
        this.creates = creates;
        this.clock = clock;
    }

    /** The stored image of a plan, with its detected content type. */
    public record PlanImage(String contentType, long size, InputStream content) {
    }

    /** A saved polygon: its id and new version. */
    public record SavedPolygon(UUID id, UUID unitId, long version) {
    }

    public boolean canEdit(UUID enterpriseId) {
        return access.mayEdit(enterpriseId);
    }

    @Transactional(readOnly = true)
    public List<SitePlanView> plans(UUID enterpriseId) {
        access.readable(enterpriseId);
        return plans.findByEnterpriseIdOrderByCreatedAtAscIdAsc(enterpriseId).stream().map(RiskMaps::view).toList();
    }

    /**
     * Stores a PNG or JPEG of at most 10 MB (type checked by content), reads its pixel size from the header and
     * records the plan; a failed save removes the file again.
     */
    @Transactional
    public UUID upload(UUID enterpriseId, String title, byte[] content, String idempotencyKey) {
        String digest = content == null ? null : HexFormat.of().formatHex(sha256(content));
        return creates.once("risk.map", idempotencyKey, List.of(enterpriseId, String.valueOf(title), String.valueOf(digest)),
                () -> {
                    try {
                        return upload(enterpriseId, title, content == null ? null : new ByteArrayInputStream(content));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Transactional
    public UUID upload(UUID enterpriseId, String title, InputStream content) throws IOException {
        EnterpriseSummary enterprise = access.writable(enterpriseId);
        String checkedTitle = SitePlan.checkedTitle(title);
        if (content == null) {
            throw new InvalidInputException("file", "请选择平面图文件(PNG 或 JPEG,不超过10 MB)");
        }
        StoredFile stored = files.store(content, PLAN_TYPES, MAX_PLAN_BYTES);
        try {
            ImageSize size;
            try (InputStream in = files.open(stored.key())) {
                size = ImageSize.read(in);
            }
            String who = DataScopes.currentUser().map(u -> u.getUsername()).orElse("system");
            SitePlan plan = plans.saveAndFlush(new SitePlan(enterprise.id(), enterprise.regionCode(), checkedTitle,
                    stored, size, who, clock.instant()));
            audit.record(AuditRecord.created(PLAN, plan.getId(), "上传平面图 " + plan.getTitle() + "("
                    + enterprise.name() + ")", plan.snapshot()));
            return plan.getId();
        } catch (IOException | RuntimeException failure) {
            files.delete(stored.key());
            throw failure;
        }
    }

    @Transactional(readOnly = true)
    public SitePlanView plan(UUID enterpriseId, UUID mapId) {
        return view(readablePlan(enterpriseId, mapId));
    }

    /** The image, to be served only to those who may read the map. */
    @Transactional(readOnly = true)
    public PlanImage image(UUID enterpriseId, UUID mapId) throws IOException {
        SitePlan plan = readablePlan(enterpriseId, mapId);
        return new PlanImage(plan.getContentType(), plan.getFileSize(), files.open(plan.getFileKey()));
    }

    /** The map as of now: every polygon takes its unit's current level. */
    @Transactional(readOnly = true)
    public RiskMapView map(UUID enterpriseId, UUID mapId) {
        SitePlan plan = readablePlan(enterpriseId, mapId);
        RiskRollUp rollUp = inventory.rollUp(enterpriseId);
        Map<UUID, UnitLevel> unitLevels = rollUp.units().stream()
                .collect(Collectors.toMap(UnitLevel::id, Function.identity()));
        List<MapPolygon> drawn = polygons.findByPlanIdOrderByCreatedAtAscIdAsc(mapId);
        Map<UUID, Long> versions = drawn.stream().collect(Collectors.toMap(MapPolygon::getUnitId, MapPolygon::getVersion));
        List<RiskMapView.Polygon> shapes = drawn.stream().filter(p -> unitLevels.containsKey(p.getUnitId()))
                .map(p -> polygon(p, unitLevels.get(p.getUnitId())))
                // the most severe drawn last, so it stays visible where outlines overlap
                .sorted(Comparator.comparing((RiskMapView.Polygon p) -> p.level() == null ? -1 : -p.level().ordinal()))
                .toList();
        List<RiskMapView.Unit> options = rollUp.units().stream()
                .map(u -> new RiskMapView.Unit(u.id(), u.name(), u.level(), MapColor.of(u.level()),
                        versions.get(u.id())))
                .toList();
        return new RiskMapView(view(plan), rollUp.enterpriseName(), access.mayEdit(enterpriseId),
                LocalDate.now(clock.withZone(Zones.CHINA)), shapes, options);
    }

    /**
     * Draws (or redraws, replacing) the unit's polygon on the plan. {@code version}: the polygon's version the edit
     * was based on (null to replace whatever is stored); a stale one is refused. Answers its id and new version.
     */
    @Transactional
    public SavedPolygon savePolygon(UUID enterpriseId, UUID mapId, UUID unitId, List<List<Double>> points, Long version) {
        SitePlan plan = writablePlan(enterpriseId, mapId);
        String unitName = unitOf(plan, unitId);
        PolygonPoints outline = PolygonPoints.of(points, plan.getWidth(), plan.getHeight());
        Optional<MapPolygon> existing = polygons.findByPlanIdAndUnitId(mapId, unitId);
        if (existing.isEmpty()) {
            if (version != null) {
                throw new StaleVersionException();
            }
            MapPolygon p = polygons.saveAndFlush(new MapPolygon(plan, unitId, outline, clock.instant()));
            audit.record(AuditRecord.created(POLYGON, p.getId(), "绘制四色图区域 " + unitName + "(" + plan.getTitle()
                    + ")", p.snapshot()));
            return new SavedPolygon(p.getId(), unitId, p.getVersion());
        }
        MapPolygon p = existing.get();
        // without a version the outline is redrawn over whatever is stored (the drawing page sends none)
        changes.apply(POLYGON_CHANGE, p, version == null ? p.getVersion() : version, "UPDATE",
                "修改四色图区域 " + unitName + "(" + plan.getTitle() + ")", x -> x.redraw(outline, clock.instant()));
        return new SavedPolygon(p.getId(), unitId, p.getVersion());
    }

    @Transactional
    public void deletePolygon(UUID enterpriseId, UUID mapId, UUID unitId, Long version) {
        SitePlan plan = writablePlan(enterpriseId, mapId);
        MapPolygon p = polygons.findByPlanIdAndUnitId(mapId, unitId)
                .orElseThrow(() -> new NotFoundException("四色图区域"));
        String unitName = units.findById(unitId).map(u -> u.getName()).orElse(unitId.toString());
        // without a version the caller removes whatever is drawn (the map page's delete button)
        changes.delete(POLYGON_CHANGE, p, version == null ? p.getVersion() : version,
                "删除四色图区域 " + unitName + "(" + plan.getTitle() + ")", polygons::delete);
    }

    private String unitOf(SitePlan plan, UUID unitId) {
        return units.findById(unitId).filter(u -> u.getEnterpriseId().equals(plan.getEnterpriseId()))
                .orElseThrow(() -> new InvalidInputException("unitId", "请选择本企业的风险分析单元"))
                .getName();
    }

    private SitePlan readablePlan(UUID enterpriseId, UUID mapId) {
        access.readable(enterpriseId);
        return access.readable(plans.findById(mapId).filter(p -> p.getEnterpriseId().equals(enterpriseId)),
                "风险四色图");
    }

    private SitePlan writablePlan(UUID enterpriseId, UUID mapId) {
        SitePlan plan = readablePlan(enterpriseId, mapId);
        access.writable(enterpriseId);
        return plan;
    }

    private static RiskMapView.Polygon polygon(MapPolygon p, UnitLevel unit) {
        PolygonPoints points = p.points();
        PolygonPoints.Point label = points.labelPoint();
        return new RiskMapView.Polygon(p.getUnitId(), unit.name(), unit.level(), MapColor.of(unit.level()),
                points.asLists(), points.format(), label.x(), label.y(), p.getVersion());
    }

    private static SitePlanView view(SitePlan p) {
        return new SitePlanView(p.getId(), p.getEnterpriseId(), p.getTitle(), p.getContentType(), p.getFileSize(),
                p.getWidth(), p.getHeight(), p.getUploadedBy(), p.getVersion(), p.getCreatedAt());
    }
}
