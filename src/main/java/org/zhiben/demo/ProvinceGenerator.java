package org.zhiben.demo;

import org.zhiben.common.SectorSet;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.common.Database;
import org.zhiben.common.Ids;
import org.zhiben.common.Uscc;
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseRegistered;
import org.zhiben.hazard.HazardChanged;
import org.zhiben.hazard.HazardFacts;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.insight.ConsistencyReport;
import org.zhiben.inspection.InspectionTasks;
import org.zhiben.insight.SummaryMaintenance;
import org.zhiben.risk.EnterpriseRiskChanged;
import org.zhiben.risk.RiskCounts;

/**
 * Generates a fictional province for load tests: regions (cities, counties, towns, villages), enterprises with valid
 * USCCs and sectors, risk inventories, and hazards over three years with a realistic mix of states, levels and
 * lateness, written with JDBC batches straight into the base tables (a bulk tool, not a workflow). Afterwards the
 * statistics summaries are rebuilt set-based ({@code incremental = false}) or were kept up to date by publishing each
 * module's change events as the rows were written ({@code incremental = true}, for small runs and the consistency test).
 * Run: {@code java -jar target/zhiben.jar --generate --province=98 --enterprises=100000 --hazards=5000000}
 * (the application exits when done; without {@code --generate} this runner does nothing).
 */
@Component
@Order(1000)
public class ProvinceGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProvinceGenerator.class);
    private static final String[] SECTORS = {"03", "03", "03", "02", "02", "04", "04", "06", "06", "05", "08", "20",
            "22", "11", "16", "18", "19", "23", "01", "07"};
    private static final String[] NAMES = {"青", "河", "山", "安", "宁", "平", "兴", "和", "丰", "源", "泰", "华", "新",
            "东", "西", "南", "北", "明", "成", "康"};
    private static final String[] TRADES = {"机械", "化工", "建材", "食品", "物流", "冶金", "纺织", "电力", "建设", "商贸"};
    private static final String[] LEVELS = {"LOW", "LOW", "LOW", "LOW", "GENERAL", "GENERAL", "GENERAL", "LARGE",
            "LARGE", "MAJOR"};
    private static final HazardSource[] SOURCES = HazardSource.values();
    private static final HazardState[] OPEN_STATES = {HazardState.REPORTED, HazardState.CONFIRMED,
            HazardState.RECTIFYING, HazardState.RECTIFYING, HazardState.AWAITING_ACCEPTANCE};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final SummaryMaintenance maintenance;
    private final org.zhiben.risk.RiskStatistics riskLevels;
    private final Clock clock;
    private final ApplicationContext context;
    private final Database database;
    private final InspectionTasks inspectionTasks;

    ProvinceGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
            SummaryMaintenance maintenance, org.zhiben.risk.RiskStatistics riskLevels, Clock clock,
            ApplicationContext context, InspectionTasks inspectionTasks, Database database) {
        this.inspectionTasks = inspectionTasks;
        this.database = database;
        this.jdbc = jdbc;
        this.riskLevels = riskLevels;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
        this.maintenance = maintenance;
        this.clock = clock;
        this.context = context;
    }

    /** {@code province}: two digits not in use; {@code today}: the last day hazards are found on. */
    /**
     * {@code inspection}: every enterprise also gets a risk inventory with {@link #MEASURES} control measures, one
     * inspection schedule per measure, and the tasks whose window opens on {@code today} (off by default: it adds
     * 4,000,000 rows and the day's 2,200,000 tasks at 100,000 enterprises).
     */
    public record Options(String province, int enterprises, int hazards, long seed, LocalDate today,
            boolean incremental, boolean check, boolean inspection) {

        public Options(String province, int enterprises, int hazards, long seed, LocalDate today,
                boolean incremental, boolean check) {
            this(province, enterprises, hazards, seed, today, incremental, check, false);
        }

        public Options(String province, int enterprises, int hazards, long seed, LocalDate today,
                boolean incremental) {
            this(province, enterprises, hazards, seed, today, incremental, false);
        }
    }

    /** Control measures (and schedules) per enterprise with {@code inspection}. */
    public static final int MEASURES = 20;

    public record Result(String provinceCode, List<String> townCodes, List<String> villageCodes,
            List<UUID> enterpriseIds, long millis, ConsistencyReport check) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("generate")) {
            return;
        }
        Options o = new Options(opt(args, "province", "98"), Integer.parseInt(opt(args, "enterprises", "100000")),
                Integer.parseInt(opt(args, "hazards", "5000000")), Long.parseLong(opt(args, "seed", "42")),
                LocalDate.now(clock.withZone(Zones.CHINA)), Boolean.parseBoolean(opt(args, "incremental", "false")),
                Boolean.parseBoolean(opt(args, "check", "true")),
                Boolean.parseBoolean(opt(args, "inspection", "false")));
        Result r = generate(o);
        log.info("Generated province {}: {} enterprises, {} hazards in {} ms", r.provinceCode(), o.enterprises(),
                o.hazards(), r.millis());
        if (r.check() != null) {
            log.info("Consistency check: {} in {} ms", r.check().consistent(), r.check().millis());
        }
        System.exit(SpringApplication.exit(context, () -> r.check() == null || r.check().consistent() ? 0 : 1));
    }

    private static String opt(ApplicationArguments args, String name, String fallback) {
        List<String> v = args.getOptionValues(name);
        return v == null || v.isEmpty() ? fallback : v.get(0);
    }

    public Result generate(Options o) {
        long start = System.currentTimeMillis();
        String p = o.province();
        String provinceCode = p + "0000000000";
        Integer exists = jdbc.queryForObject("select count(*) from directory_region where code = ?", Integer.class,
                provinceCode);
        if (exists != null && exists > 0) {
            throw new IllegalStateException("province " + p + " exists already");
        }
        Random rnd = new Random(o.seed());
        // shape: about ten enterprises per village at 100,000 enterprises
        int[] shape = o.enterprises() >= 20_000 ? new int[] {10, 8, 10, 12} : new int[] {2, 2, 2, 3};
        List<Object[]> regionRows = new ArrayList<>();
        regionRows.add(new Object[] {provinceCode, "测试" + NAMES[Math.abs(p.hashCode()) % NAMES.length] + "省", null, 1});
        List<String> towns = new ArrayList<>();
        List<String> villages = new ArrayList<>();
        for (int c = 1; c <= shape[0]; c++) {
            String city = p + "%02d".formatted(c);
            regionRows.add(new Object[] {city + "00000000", name(c, 0) + "市", provinceCode, 2});
            for (int d = 1; d <= shape[1]; d++) {
                String county = city + "%02d".formatted(d);
                regionRows.add(new Object[] {county + "000000", name(c, d) + "县", city + "00000000", 3});
                for (int t = 1; t <= shape[2]; t++) {
                    String town = county + "%03d".formatted(100 + t);
                    towns.add(town + "000");
                    regionRows.add(new Object[] {town + "000", name(d, t) + "镇", county + "000000", 4});
                    for (int v = 1; v <= shape[3]; v++) {
                        String village = town + "%03d".formatted(200 + v);
                        villages.add(village);
                        regionRows.add(new Object[] {village, name(t, v) + "村", town + "000", 5});
                    }
                }
            }
        }
        tx.executeWithoutResult(s -> jdbc.batchUpdate(
                "insert into directory_region (code, name, parent_code, level) values (?, ?, ?, ?)", regionRows));

        Instant now = clock.instant();
        Timestamp ts = Timestamp.from(now);
        List<UUID> ids = new ArrayList<>(o.enterprises());
        List<String> entRegion = new ArrayList<>(o.enterprises());
        List<String> entSectors = new ArrayList<>(o.enterprises());
        List<String> entName = new ArrayList<>(o.enterprises());
        int chunk = 2000;
        for (int from = 0; from < o.enterprises(); from += chunk) {
            int to = Math.min(o.enterprises(), from + chunk);
            List<Object[]> ent = new ArrayList<>();
            List<Object[]> sec = new ArrayList<>();
            List<Object[]> objects = new ArrayList<>();
            List<Object[]> units = new ArrayList<>();
            List<Object[]> riskEvents = new ArrayList<>();
            List<Object[]> measures = new ArrayList<>();
            List<Object[]> schedules = new ArrayList<>();
            List<Object> published = new ArrayList<>();
            for (int i = from; i < to; i++) {
                UUID id = Ids.newId();
                String region = villages.get(rnd.nextInt(villages.size()));
                String first17 = "91" + region.substring(0, 6) + "P" + p + "%06d".formatted(i);
                String uscc = first17 + Uscc.checkCharacter(first17);
                Set<String> sectors = new java.util.TreeSet<>();
                sectors.add(SECTORS[rnd.nextInt(SECTORS.length)]);
                if (rnd.nextInt(5) == 0) {
                    sectors.add(SECTORS[rnd.nextInt(SECTORS.length)]);
                }
                String name = "测试" + NAMES[rnd.nextInt(NAMES.length)] + NAMES[rnd.nextInt(NAMES.length)]
                        + TRADES[rnd.nextInt(TRADES.length)] + "有限公司" + (i + 1) + "号";
                ids.add(id);
                entRegion.add(region);
                entName.add(name);
                entSectors.add(SectorSet.encode(sectors));
                ent.add(new Object[] {id, uscc, name, "FACTORY_MINE", "C", region, "测试路" + (i + 1) + "号", "BELOW",
                        sectors.contains("02"), "NONE", "OPERATING", ts, ts, 0L});
                for (String s : sectors) {
                    sec.add(new Object[] {id, s});
                }
                published.add(new EnterpriseRegistered(id, name, region, sectors));
                // 80 % have a risk inventory; all of them when inspection schedules are generated
                if (rnd.nextInt(10) < 8 || o.inspection()) {
                    UUID object = Ids.newId();
                    objects.add(new Object[] {object, id, region, "AREA", "生产区域", false, null, 0L, ts, ts});
                    int n = 1 + rnd.nextInt(3);
                    long[] counts = new long[4];
                    UUID[] eventIds = new UUID[n];
                    UUID[] unitIds = new UUID[n];
                    for (int u = 0; u < n; u++) {
                        UUID unit = Ids.newId();
                        unitIds[u] = unit;
                        units.add(new Object[] {unit, id, region, object, "作业单元" + (u + 1), "测试员", "WORKSHOP",
                                0L, ts, ts});
                        String level = LEVELS[rnd.nextInt(LEVELS.length)];
                        counts[List.of("MAJOR", "LARGE", "GENERAL", "LOW").indexOf(level)]++;
                        eventIds[u] = Ids.newId();
                        riskEvents.add(new Object[] {eventIds[u], id, region, unit, "风险事件" + (u + 1), "1101",
                                "MECHANICAL_INJURY", level, level, 0L, ts, ts});
                    }
                    if (o.inspection()) {
                        measuresAndSchedules(id, region, SectorSet.encode(sectors), eventIds, unitIds, ts, measures,
                                schedules);
                    }
                    published.add(new EnterpriseRiskChanged(id, region, RiskCounts.NONE,
                            new RiskCounts(counts[0], counts[1], counts[2], counts[3], 0, false)));
                }
            }
            tx.executeWithoutResult(s -> {
                jdbc.batchUpdate("insert into directory_enterprise (id, uscc, name, unit_type, industry_category,"
                        + " region_code, address, scale, high_risk, standardization_grade, status, created_at,"
                        + " updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ent);
                jdbc.batchUpdate("insert into directory_enterprise_sector (enterprise_id, sector_code) values (?, ?)",
                        sec);
                jdbc.batchUpdate("insert into risk_analysis_object (id, enterprise_id, region_code, kind, name,"
                        + " major_hazard_source, hazard_source_code, version, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", objects);
                jdbc.batchUpdate("insert into risk_analysis_unit (id, enterprise_id, region_code, object_id, name,"
                        + " responsible_person, control_level, version, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", units);
                jdbc.batchUpdate("insert into risk_event (id, enterprise_id, region_code, unit_id, description,"
                        + " hazard_factor_code, accident_types, inherent_level, residual_level, version, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", riskEvents);
                jdbc.batchUpdate("insert into risk_control_measure (id, enterprise_id, region_code, event_id,"
                        + " description, classify1, classify2, responsible_person, check_cycle, check_cycle_unit,"
                        + " version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", measures);
                jdbc.batchUpdate("insert into inspection_schedule (id, enterprise_id, region_code, sectors, kind,"
                        + " measure_id, unit_id, title, task_type, cycle, cycle_unit, source_cycle, source_cycle_unit,"
                        + " workday_type, active, version, created_at, updated_at) values (?, ?, ?, ?, 'MEASURE', ?, ?,"
                        + " ?, 'DAILY', ?, ?, ?, ?, ?, true, 0, ?, ?)", schedules);
                if (o.incremental()) {
                    published.forEach(events::publishEvent);
                }
            });
        }
        log.info("Generated {} enterprises in {} ms", o.enterprises(), System.currentTimeMillis() - start);
        if (o.inspection()) {
            long t = System.currentTimeMillis();
            // planned against tables without statistics (just filled, not yet analysed), PostgreSQL ran each task's
            // existence check as a scan of the task table written so far: 20 rows/s instead of thousands
            if (database.postgres()) {
                jdbc.execute("analyze inspection_schedule");
                jdbc.execute("analyze inspection_task");
            }
            int generated = inspectionTasks.generate(o.today());
            log.info("Generated {} inspection tasks opening on {} in {} ms", generated, o.today(),
                    System.currentTimeMillis() - t);
        }

        LocalDate first = o.today().minusYears(3).plusDays(1);
        int days = (int) (o.today().toEpochDay() - first.toEpochDay()) + 1;
        UUID reporter = Ids.newId();
        int hchunk = o.incremental() ? 1000 : 5000;
        for (int from = 0; from < o.hazards(); from += hchunk) {
            int to = Math.min(o.hazards(), from + hchunk);
            List<Object[]> rows = new ArrayList<>();
            List<HazardChanged> changes = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int e = rnd.nextInt(ids.size());
                LocalDate found = first.plusDays(rnd.nextInt(days));
                boolean major = rnd.nextInt(100) < 2;
                HazardLevel level = major ? HazardLevel.MAJOR : HazardLevel.GENERAL;
                HazardSource source = SOURCES[rnd.nextInt(SOURCES.length)];
                boolean immediate = !major && rnd.nextInt(100) < 35;
                LocalDate deadline = immediate ? null : found.plusDays(major ? 30 + rnd.nextInt(150)
                        : 7 + rnd.nextInt(45));
                int age = (int) (o.today().toEpochDay() - found.toEpochDay());
                HazardState state;
                LocalDate closedOn = null;
                int roll = rnd.nextInt(100);
                if (roll < 2) {
                    state = HazardState.REJECTED;
                } else {
                    // late in 12 % of closures; older hazards are mostly closed
                    int span = immediate ? rnd.nextInt(2) : rnd.nextInt(100) < 12
                            ? (int) (deadline.toEpochDay() - found.toEpochDay()) + 1 + rnd.nextInt(40)
                            : rnd.nextInt((int) (deadline.toEpochDay() - found.toEpochDay()) + 1);
                    boolean stuck = rnd.nextInt(1000) < (major ? 40 : 15);
                    if (span <= age && !stuck) {
                        state = HazardState.CLOSED;
                        closedOn = found.plusDays(span);
                    } else {
                        state = OPEN_STATES[rnd.nextInt(OPEN_STATES.length)];
                    }
                }
                boolean overdue = state.open() && deadline != null && deadline.isBefore(o.today());
                UUID id = Ids.newId();
                Instant foundAt = found.atTime(LocalTime.of(9, 0)).atZone(Zones.CHINA).toInstant();
                Instant closedAt = closedOn == null ? null
                        : closedOn.atTime(LocalTime.of(16, 0)).atZone(Zones.CHINA).toInstant();
                rows.add(new Object[] {id, ids.get(e), entName.get(e), entRegion.get(e), entSectors.get(e),
                        source.name(), level.name(), state.name(), "SAFETY",
                        immediate ? "IMMEDIATE" : "DEADLINE", "生成的隐患描述", Timestamp.from(foundAt), Date.valueOf(found),
                        reporter, "测试员", deadline == null ? null : Date.valueOf(deadline),
                        closedAt == null ? null : Timestamp.from(closedAt), closedOn == null ? null : Date.valueOf(closedOn),
                        overdue, major && rnd.nextBoolean(), 0L, Timestamp.from(foundAt), ts});
                HazardFacts reported = new HazardFacts(ids.get(e), entRegion.get(e), entSectors.get(e), level, source,
                        HazardState.REPORTED, found, null, null, false);
                HazardFacts now2 = new HazardFacts(ids.get(e), entRegion.get(e), entSectors.get(e), level, source,
                        state, found, deadline, closedOn, overdue);
                changes.add(new HazardChanged(id, null, reported));
                if (!now2.equals(reported)) {
                    changes.add(new HazardChanged(id, reported, now2));
                }
            }
            tx.executeWithoutResult(s -> {
                jdbc.batchUpdate("insert into hazard_hazard (id, enterprise_id, enterprise_name, region_code, sectors,"
                        + " source, level, state, type, manage_type, description, found_at, found_on, reported_by,"
                        + " reported_by_name, deadline, closed_at, closed_on, overdue, supervised, version, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        rows);
                if (o.incremental()) {
                    changes.forEach(events::publishEvent);
                }
            });
            if (to % 500_000 == 0) {
                log.info("Generated {} hazards", to);
            }
        }
        log.info("Generated {} hazards in {} ms", o.hazards(), System.currentTimeMillis() - start);
        if (!o.incremental()) {
            maintenance.rebuild();
        }
        riskLevels.rebuildLevels(); // the risk rows above were written in bulk, around the risk module
        long millis = System.currentTimeMillis() - start;
        // the full recount takes minutes at province scale: run it on demand there (admin page, API)
        return new Result(provinceCode, towns, villages, ids, millis,
                o.hazards() <= 200_000 || o.check() ? maintenance.check(provinceCode) : null);
    }

    /**
     * {@link #MEASURES} control measures spread over the enterprise's risk events, each with its inspection schedule as
     * the inspection module keeps it (日常 tasks, unassigned, the measure's cycle): 14 daily, 2 daily on workdays, 1
     * weekly, 1 monthly, 1 quarterly, 1 every 8 hours — 22 tasks on a workday Monday that is the first of a month and
     * of a quarter; on other days the open weekly, monthly and quarterly windows are caught up by the first run.
     */
    private static void measuresAndSchedules(UUID enterprise, String region, String sectors, UUID[] events,
            UUID[] units, Timestamp ts, List<Object[]> measures, List<Object[]> schedules) {
        for (int m = 1; m <= MEASURES; m++) {
            int e = (m - 1) % events.length;
            int cycle = m == 19 ? 3 : m == 20 ? 8 : 1;
            String unit = m <= 16 ? "DAY" : m == 17 ? "WEEK" : m <= 19 ? "MONTH" : "HOUR";
            String description = "管控措施" + m + ":" + MEASURE_TEXTS[m % MEASURE_TEXTS.length];
            UUID measure = Ids.newId();
            measures.add(new Object[] {measure, enterprise, region, events[e], description,
                    m % 2 == 0 ? "ENGINEERING" : "OPERATION", "安全设施", "测试员", cycle, unit, ts, ts});
            schedules.add(new Object[] {Ids.newId(), enterprise, region, sectors, measure, units[e],
                    "作业单元" + (e + 1) + ":" + description, cycle, unit, cycle, unit,
                    m == 15 || m == 16 ? "WORKDAY" : "EVERY_DAY", ts, ts});
        }
    }

    private static final String[] MEASURE_TEXTS = {"防护罩完好、联锁有效", "急停按钮灵敏可靠", "作业人员持证上岗",
            "消防器材在有效期内", "通道畅通无堆放", "电气线路无破损", "气瓶分类存放并固定", "劳动防护用品佩戴齐全"};

    private static String name(int a, int b) {
        return NAMES[a % NAMES.length] + NAMES[(a * 7 + b * 3 + 5) % NAMES.length];
    }
}
