package org.zhiben.enforcement;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.ThrowingFunction;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.document.TableSpec;
import org.zhiben.common.document.TableSpec.Kind;
import org.zhiben.common.document.XlsxWriter;
import org.zhiben.directory.Duty;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.CurrentUser;

/**
 * 应建未建、建而不用 (seed 001, 四(四)): the operating enterprises in the official's scope that owe a dual-prevention
 * system ({@link Duty#INSPECTION_PLANS}: 生产经营单位 by {@code directory.UnitDuties}) and have not built one (the
 * dashboards' 建成: an assessed risk inventory), or built one and reported no inspection online in the last
 * {@code zhiben.enforcement.unused-days} days (default 30; today and the 29 days before). The definitions come from
 * {@link DualPreventionUse}; the list is one scoped, grouped and paged query over the registry. An office puts an
 * enterprise of the list on its plan for this year as a key inspection (列入执法检查), and exports the list as xlsx.
 */
@Service
public class DualPreventionGaps {

    /** Days without online inspection records after which a built system counts as unused. */
    public static final int MAX_DAYS = 366;
    /** Rows read per query of {@link #export}. */
    private static final int EXPORT_PAGE = 500;

    private final Enterprises enterprises;
    private final DualPreventionUse use;
    private final AnnualPlans plans;
    private final EnforcementDirectory directory;
    private final SectorCatalog sectors;
    private final int defaultDays;

    DualPreventionGaps(Enterprises enterprises, DualPreventionUse use, AnnualPlans plans,
            EnforcementDirectory directory, SectorCatalog sectors,
            @Value("${zhiben.enforcement.unused-days:30}") int defaultDays) {
        this.enterprises = enterprises;
        this.use = use;
        this.plans = plans;
        this.directory = directory;
        this.sectors = sectors;
        this.defaultDays = defaultDays;
    }

    /** The filters: region (a code inside the scope, its whole range), sector code, reason, days; null: all. */
    public record Filter(String region, String sector, GapReason reason, Integer days) {
    }

    /** An enterprise of the list, why, its region's name, and whether it is already a key target this year. */
    public record Row(EnterpriseSummary enterprise, GapReason reason, String regionName, boolean planned) {
    }

    /** One page, the counts per reason over the whole filter (region, sector), and the window used. */
    public record Gaps(Page<Row> page, Map<GapReason, Long> counts, int days, LocalDate from, LocalDate to) {
    }

    public int defaultDays() {
        return defaultDays;
    }

    @Transactional(readOnly = true)
    public Gaps list(Filter f, Pageable pageable) {
        EnforcementDirectory.requireOfficial();
        return query(f, null, pageable);
    }

    /**
     * The whole list under the filter (every page of what the page shows, in its order) as an xlsx table on A4, read
     * {@value #EXPORT_PAGE} rows a query into the streaming writer, and written to the stream {@code out} opens for
     * the list's day once every row is in (so a refused filter answers before anything is sent); the number of rows.
     */
    @Transactional(readOnly = true)
    public long export(Filter f, ThrowingFunction<LocalDate, OutputStream> out) throws IOException {
        CurrentUser me = EnforcementDirectory.requireOfficial();
        Gaps g = query(f, null, PageRequest.of(0, EXPORT_PAGE));
        Map<String, String> sectorNames = sectors.sectors().stream()
                .collect(Collectors.toMap(SectorCatalog.Entry::code, SectorCatalog.Entry::name, (x, y) -> x));
        TableSpec spec = TableSpec.sheet("应建未建、建而不用").title("双重预防体系应建未建、建而不用单位名单")
                .scope(scopeLine(f, me, sectorNames))
                .period("在线排查统计期:" + g.from() + " 至 " + g.to() + "(近" + g.days() + "日)")
                .column("单位", Kind.TEXT, 30).column("统一社会信用代码", Kind.TEXT).column("区划", Kind.TEXT, 16)
                .column("行业领域", Kind.TEXT, 24).column("情形", Kind.TEXT).column("主要负责人", Kind.TEXT)
                .column("本年度执法检查", Kind.TEXT);
        try (XlsxWriter writer = XlsxWriter.create()) {
            XlsxWriter.Table table = writer.table(spec);
            while (true) {
                for (Row r : g.page()) {
                    EnterpriseSummary e = r.enterprise();
                    table.row(e.name(), e.uscc(), r.regionName(), e.sectors().stream().sorted()
                            .map(c -> sectorNames.getOrDefault(c, c)).collect(Collectors.joining("、")),
                            r.reason().label(), e.principalName(), r.planned() ? "已列入" : "未列入");
                }
                if (!g.page().hasNext()) {
                    break;
                }
                g = query(f, null, g.page().nextPageable());
            }
            writer.write(out.apply(g.to()));
            return table.rows();
        }
    }

    /** 范围 of the export: the region filtered (else the caller's jurisdiction), the sector and the finding. */
    private String scopeLine(Filter f, CurrentUser me, Map<String, String> sectorNames) {
        String region = f.region() != null ? f.region() : me.regionCode();
        String line = "范围:" + (region == null || !RegionCode.isValid(region) ? "全部"
                : enterprises.regionNames(List.of(region)).getOrDefault(region, region));
        if (f.sector() != null) {
            line += ";行业领域:" + sectorNames.getOrDefault(f.sector(), f.sector());
        }
        return f.reason() == null ? line : line + ";情形:" + f.reason().label();
    }

    private Gaps query(Filter f, UUID enterprise, Pageable pageable) {
        int days = f.days() == null ? defaultDays : f.days();
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "天数应为1至" + MAX_DAYS);
        }
        if (f.region() != null && !RegionCode.isValid(f.region())) {
            throw new InvalidInputException("region", "行政区划代码应为12位数字");
        }
        if (f.sector() != null && !f.sector().matches("[0-9A-Za-z]{1,8}")) {
            throw new InvalidInputException("sector", "行业代码不正确");
        }
        LocalDate to = directory.today();
        LocalDate from = to.minusDays(days - 1L);
        List<SqlFragment> reasons = List.of(not(use.built("e.id")), not(use.used("e.id", from, to)));
        Enterprises.ClassifiedPage found = enterprises.owingClassified(Duty.INSPECTION_PLANS, reasons, f.region(),
                f.sector(), f.reason() == null ? null : f.reason().ordinal(), enterprise, pageable);
        Map<GapReason, Long> counts = new EnumMap<>(GapReason.class);
        for (GapReason r : GapReason.values()) {
            counts.put(r, found.counts()[r.ordinal()]);
        }
        Map<String, String> names = enterprises.regionNames(found.page().getContent().stream()
                .map(c -> c.enterprise().regionCode()).distinct().toList());
        Set<UUID> planned = enterprise == null && EnforcementDirectory.requireOfficial().regionCode() != null
                && found.page().hasContent() ? currentTargets() : Set.of();
        Page<Row> rows = found.page().map(c -> new Row(c.enterprise(), GapReason.values()[c.reason()],
                names.getOrDefault(c.enterprise().regionCode(), c.enterprise().regionCode()),
                planned.contains(c.enterprise().id())));
        return new Gaps(rows, counts, days, from, to);
    }

    private static SqlFragment not(SqlFragment f) {
        return SqlFragment.of("not (" + f.sql() + ")", f.argArray());
    }

    private Set<UUID> currentTargets() {
        try {
            return plans.currentTargets();
        } catch (org.springframework.security.access.AccessDeniedException notAnOfficer) {
            return Set.of();
        }
    }

    /**
     * 列入执法检查: {@code enterprise} must be on the list now (in scope: else 404; on the list: else 400); it becomes
     * a key inspection of the office's plan for this year in {@code month} (this month when null), with its reason.
     */
    @Transactional
    public PlanView enlist(UUID enterprise, Integer month) {
        EnterpriseSummary e = enterprises.find(enterprise).orElseThrow(() -> new NotFoundException("企业"));
        Gaps g = query(new Filter(null, null, null, null), enterprise, Pageable.ofSize(1));
        if (!g.page().hasContent()) {
            throw new InvalidInputException("enterpriseId", "该单位不在应建未建、建而不用名单中");
        }
        GapReason reason = g.page().getContent().get(0).reason();
        int m = month == null ? directory.today().getMonthValue() : month;
        return plans.addTarget(e, m, "双重预防体系" + reason.label() + (reason == GapReason.UNUSED
                ? "(近" + g.days() + "日无在线排查记录)" : ""));
    }
}
