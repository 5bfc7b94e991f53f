package org.zhiben.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.common.SectorSet;
import org.zhiben.common.Zones;
import org.zhiben.directory.Duty;
import org.zhiben.directory.UnitDuties;
import org.zhiben.directory.UnitType;
import org.zhiben.hazard.HazardState;
import org.zhiben.insight.InspectionInputs;
import org.zhiben.insight.SummaryMaintenance;
import org.zhiben.inspection.Checklists;
import org.zhiben.inspection.TemplateView;

/**
 * Brings the rest of the 示范 jurisdiction to life: every demo unit without records of its own (all but A and B)
 * gets, deterministically from a {@link Random} seeded with its USCC, a risk inventory with assessed four-colour
 * levels and control measures, a weekly inspection plan with tasks of the last ten weeks (most done with a record,
 * some missed, this week's open), hazards of this year in every state (a few overdue, a few major), and the last
 * weeks' 企业周预判. Units that owe no enterprise duties ({@link UnitDuties}: villages, schools, hospitals, religious
 * sites) get an inventory, an official's check and hazards, never plans or pre-judgments; closed units stopped
 * reporting in the summer.
 *
 * <p>Like {@link ProvinceGenerator} this is a bulk tool: the rows go into the base tables with JDBC batches (one
 * statement per table), and the statistics are then kept right with insight's own inputs (inspection) and a
 * set-based rebuild of the hazard and enterprise summaries, so the seeding costs a few hundred milliseconds rather
 * than the seconds that thousands of workflow calls would. Runs after every other demo runner; skipped when the demo
 * users are missing or some other unit already has a risk inventory.
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class CountyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CountyDemoData.class);

    /** Weeks of inspection tasks and pre-judgments behind the current one. */
    static final int WEEKS = 10;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final UnitDuties duties;
    private final Checklists checklists;
    private final InspectionInputs inspectionInputs;
    private final SummaryMaintenance summaries;
    private final org.zhiben.risk.RiskStatistics riskLevels;
    private final Clock clock;

    CountyDemoData(JdbcTemplate jdbc, TransactionTemplate tx, UnitDuties duties, Checklists checklists,
            InspectionInputs inspectionInputs, SummaryMaintenance summaries,
            org.zhiben.risk.RiskStatistics riskLevels, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.duties = duties;
        this.checklists = checklists;
        this.inspectionInputs = inspectionInputs;
        this.summaries = summaries;
        this.riskLevels = riskLevels;
        this.clock = clock;
    }

    /** A demo unit as the seeding needs it. */
    record Unit(UUID id, String uscc, String name, UnitType type, String status, String regionCode, String sectors,
            String industry, boolean highRisk, String manager) {

        boolean closed() {
            return "CLOSED".equals(status);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer demoUsers = jdbc.queryForObject("select count(*) from identity_user where username in"
                + " ('ent.a.safety', 'county.yjj')", Integer.class);
        if (demoUsers == null || demoUsers < 2) {
            return;
        }
        List<Unit> units = bare();
        Integer inventories = jdbc.queryForObject("select count(distinct enterprise_id) from risk_analysis_object",
                Integer.class);
        if (units.isEmpty() || inventories == null || inventories > 2) {
            return;
        }
        long start = System.currentTimeMillis();
        int[] made = tx.execute(status -> seed(units, LocalDate.now(clock.withZone(Zones.CHINA))));
        log.info("Demo county brought to life in {} ms: {} units, {} risk units, {} hazards, {} inspection tasks",
                System.currentTimeMillis() - start, units.size(), made[0], made[1], made[2]);
    }

    /**
     * The registry's units with no risk inventory: all but A and B (other demos may have given some of them a record
     * already), in USCC order.
     */
    List<Unit> bare() {
        return jdbc.query("""
                select e.id, e.uscc, e.name, e.unit_type, e.status, e.region_code, e.industry_category, e.high_risk,
                       e.safety_manager_name
                from directory_enterprise e
                where not exists (select 1 from risk_analysis_object o where o.enterprise_id = e.id)
                order by e.uscc""", (rs, i) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    List<String> sectors = jdbc.queryForList("select sector_code from directory_enterprise_sector"
                            + " where enterprise_id = ?", String.class, id);
                    return new Unit(id, rs.getString(2), rs.getString(3), UnitType.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getString(6), SectorSet.encode(sectors), rs.getString(7),
                            rs.getBoolean(8), rs.getString(9) == null ? "安全员" : rs.getString(9));
                });
    }

    /** Writes everything; returns risk units, hazards and inspection tasks made. */
    int[] seed(List<Unit> units, LocalDate today) {
        long start = System.currentTimeMillis();
        Plan plan = plan(units, today, clock.instant());
        long planned = System.currentTimeMillis();
        plan.rows().write(jdbc);
        long written = System.currentTimeMillis();
        inspectionInputs.addAll(plan.closedTasks(), plan.records());
        long counted = System.currentTimeMillis();
        // the hazard flows and open stock, and the per-enterprise risk rows, recounted from the base tables
        summaries.rebuild();
        riskLevels.rebuildLevels();
        log.info("Demo county: rows planned in {} ms, written in {} ms, inspection figures in {} ms, summaries"
                + " rebuilt in {} ms", planned - start, written - planned, counted - written,
                System.currentTimeMillis() - counted);
        return new int[] {plan.rows().units.size(), plan.rows().hazards.size(), plan.rows().tasks.size()};
    }

    /**
     * The first day of the demo's "this year": 1 January (the dashboards' default period), or 300 days back while the
     * year is young, so a demo started in January still has a year behind it.
     */
    static LocalDate yearStart(LocalDate today) {
        return today.getDayOfYear() > 120 ? today.withDayOfYear(1) : today.minusDays(300);
    }

    /** What the seeding writes: the rows per table and the inspection inputs of the statistics. */
    record Plan(Rows rows, List<InspectionInputs.TaskClosed> closedTasks, List<InspectionInputs.Recorded> records) {
    }

    /** The rows for {@code units}, a function of the units, the day and the instant only. */
    Plan plan(List<Unit> units, LocalDate today, Instant now) {
        Rows rows = new Rows();
        TemplateView checklist = checklists.byCode("SMALL-GENERAL").orElseThrow();
        List<InspectionInputs.TaskClosed> closedTasks = new ArrayList<>();
        List<InspectionInputs.Recorded> records = new ArrayList<>();
        for (Unit u : units) {
            Random random = new Random(u.uscc().hashCode());
            boolean duty = duties.owes(u.type(), Duty.INSPECTION_PLANS);
            // 双重预防: nearly every business and most other units have assessed their risks
            if (random.nextInt(100) < (duty ? 93 : 72)) {
                inventory(u, random, today, rows);
            }
            hazards(u, random, today, now, rows);
            if (duty) {
                inspections(u, random, today, checklist, rows, closedTasks, records);
                if (!u.closed() && duties.owes(u.type(), Duty.WEEKLY_PREJUDGMENT)) {
                    prejudgments(u, random, today, rows);
                }
            } else if (random.nextInt(100) < 60) {
                check(u, random, today, checklist, rows, closedTasks, records);
            }
        }
        return new Plan(rows, closedTasks, records);
    }

    // ------------------------------------------------------------------ risk inventory

    /** One row of a unit type's risk catalogue. */
    record Risk(String kind, String object, String unit, String department, String event, String factor,
            String accidentType, String engineering, String operation) {
    }

    private void inventory(Unit u, Random random, LocalDate today, Rows rows) {
        List<Risk> catalogue = new ArrayList<>(catalogue(u));
        java.util.Collections.shuffle(catalogue, random);
        int n = Math.min(catalogue.size(), 2 + random.nextInt(3));
        for (int i = 0; i < n; i++) {
            Risk r = catalogue.get(i);
            LocalDate assessedOn = today.minusDays(20 + random.nextInt(300));
            Timestamp assessedAt = at(assessedOn, 10);
            UUID object = id(u, "object", i);
            UUID unit = id(u, "unit", i);
            UUID event = id(u, "event", i);
            rows.objects.add(new Object[] {object, u.id(), u.regionCode(), r.kind(), r.object(), false, null, 0L,
                    assessedAt, assessedAt});
            rows.units.add(new Object[] {unit, u.id(), u.regionCode(), object, r.unit(), r.department(),
                    u.manager(), i == 0 ? "COMPANY" : i == 1 ? "WORKSHOP" : "TEAM", assessedAt,
                    Date.valueOf(assessedOn.plusYears(1)), 0L, assessedAt, assessedAt});
            // LS: inherent l x s, residual with the likelihood the measures bring down
            int s = 2 + random.nextInt(3) + (u.highRisk() && i == 0 ? 1 : 0);
            int l = 3 + random.nextInt(3);
            int residualL = Math.max(1, l - 1 - random.nextInt(3));
            String inherent = lsLevel(l * s);
            String residual = lsLevel(residualL * s);
            rows.events.add(new Object[] {event, u.id(), u.regionCode(), unit, r.event(), r.factor(),
                    r.accidentType(), inherent, residual, assessedAt, 0L, assessedAt, assessedAt});
            rows.assessments.add(assessment(u, event, "INHERENT", l, s, inherent, at(assessedOn, 9)));
            rows.assessments.add(assessment(u, event, "RESIDUAL", residualL, s, residual, assessedAt));
            rows.measures.add(new Object[] {id(u, "measure-e", i), u.id(), u.regionCode(), event, r.engineering(),
                    "ENGINEERING", "安全设施", u.manager(), 1, "MONTH", 0L, assessedAt, assessedAt});
            rows.measures.add(new Object[] {id(u, "measure-o", i), u.id(), u.regionCode(), event, r.operation(),
                    "OPERATION", "人员资质", u.manager(), 1, random.nextBoolean() ? "DAY" : "WEEK", 0L, assessedAt,
                    assessedAt});
        }
    }

    private Object[] assessment(Unit u, UUID event, String kind, int l, int s, String level, Timestamp at) {
        return new Object[] {id(u, "assessment-" + kind, event.hashCode()), u.id(), u.regionCode(), event, kind, "LS",
                BigDecimal.valueOf(l), BigDecimal.valueOf(s), BigDecimal.valueOf((long) l * s), level,
                lsBand(level), "demo", u.manager(), at};
    }

    /** The LS grade bands of the built-in table (20–25 重大, 15–16 较大, 9–12 一般, 1–8 低). */
    static String lsLevel(int r) {
        return r >= 20 ? "MAJOR" : r >= 15 ? "LARGE" : r >= 9 ? "GENERAL" : "LOW";
    }

    private static String lsBand(String level) {
        return switch (level) {
            case "MAJOR" -> "重大风险";
            case "LARGE" -> "较大风险";
            case "GENERAL" -> "一般风险";
            default -> "低风险";
        };
    }

    private static List<Risk> catalogue(Unit u) {
        return switch (u.type()) {
            case SCHOOL -> List.of(
                    new Risk("AREA", "学生食堂操作间", "食堂燃气灶具使用", "后勤处", "燃气软管老化泄漏遇明火燃爆", "2201",
                            "FIRE", "安装燃气泄漏报警器并与切断阀联锁", "每日开餐前检查灶具及软管"),
                    new Risk("AREA", "教学楼疏散通道", "课间及集会疏散", "政教处", "楼梯间人员拥挤发生踩踏", "2101",
                            "OTHER_INJURY", "楼梯间设置防滑条和应急照明", "每学期组织疏散演练,教师分层值守"),
                    new Risk("EQUIPMENT", "化学实验室药品柜", "实验药品存放与领用", "教务处", "危险化学品泄漏致师生中毒", "2202",
                            "POISONING_ASPHYXIA", "药品柜通风并双人双锁", "实验前检查药品领用登记"),
                    new Risk("AREA", "校园配电房", "配电房运行", "后勤处", "检修时误触带电部位触电", "2103",
                            "ELECTROCUTION", "配电房设置挡鼠板和绝缘垫", "持证电工停电验电后检修"));
            case HOSPITAL -> List.of(
                    new Risk("EQUIPMENT", "医用氧气站", "液氧储罐及汇流排", "总务科", "氧气泄漏遇油污或明火引发火灾", "2201",
                            "FIRE", "氧气站设置禁油禁火标识和泄漏报警", "每日巡检压力表和阀门"),
                    new Risk("AREA", "住院楼", "病房消防设施", "保卫科", "病房电器短路引发火灾,病人疏散困难", "2201",
                            "FIRE", "自动喷淋和烟感系统每月测试", "夜间每两小时巡查一次"),
                    new Risk("AREA", "医院配电房", "双路供电及发电机", "总务科", "检修时误触带电部位触电", "2103",
                            "ELECTROCUTION", "设置联锁和检修接地装置", "持证电工停电验电后检修"));
            case VILLAGE -> List.of(
                    new Risk("AREA", "村内经营性自建房", "自建房安全巡查", "村委会", "违规加层改建导致房屋坍塌", "2101",
                            "COLLAPSE", "对经营性自建房设置安全警示标识", "网格员每月入户巡查"),
                    new Risk("AREA", "村民瓶装液化气使用", "瓶装液化气入户安全", "村委会", "钢瓶或软管泄漏引发燃爆", "2201",
                            "OTHER_EXPLOSION", "推广安装燃气报警器和自闭阀", "网格员入户宣传检查"),
                    new Risk("AREA", "村内河塘", "河塘临水区域", "村委会", "儿童在无防护河塘边玩耍落水", "2101",
                            "DROWNING", "设置护栏和警示牌,配备救生圈", "暑期安排专人巡河"));
            case RELIGIOUS_SITE -> List.of(
                    new Risk("AREA", "大殿香烛区", "香烛燃放", "寺务处", "香烛火星引燃幔帐经幡", "2201", "FIRE",
                            "设置室外集中焚香炉和灭火器", "专人值守香烛区并及时清理"),
                    new Risk("AREA", "古建筑群", "古建筑电气线路", "寺务处", "木结构建筑内线路老化短路起火", "2103", "FIRE",
                            "电气线路穿管敷设,安装电气火灾监控", "每月检查线路及插座"),
                    new Risk("ACTIVITY", "节庆法会", "节庆人员聚集", "寺务处", "人员聚集拥挤发生踩踏", "2101",
                            "OTHER_INJURY", "设置单向通道和限流围栏", "节庆期间安排志愿者疏导"));
            case MARKET -> List.of(
                    new Risk("AREA", "市场经营区", "摊位电气线路", "市场管理办", "私拉乱接电线过载起火", "2103", "FIRE",
                            "统一敷设电气线路并安装漏电保护", "每日闭市后巡查用电"),
                    new Risk("AREA", "市场消防通道", "消防通道管理", "市场管理办", "通道堆物导致火灾时无法疏散", "2101",
                            "FIRE", "划定消防通道标线", "每日巡查清理占道堆物"),
                    new Risk("ACTIVITY", "餐饮商户用气", "商户燃气使用", "市场管理办", "餐饮商户燃气泄漏燃爆", "2201",
                            "OTHER_EXPLOSION", "餐饮区安装燃气报警器", "每周检查商户燃气软管"));
            case STATION -> List.of(
                    new Risk("AREA", "候车大厅", "节假日客流高峰", "站务科", "客流过大拥挤踩踏", "2101", "OTHER_INJURY",
                            "设置隔离栏和限流通道", "高峰期增派人员疏导"),
                    new Risk("ACTIVITY", "营运车辆例检", "车辆安全例检", "安检科", "车辆制动失效导致车辆伤害", "2102",
                            "VEHICLE_INJURY", "例检地沟配备照明和检测仪", "发车前逐车例检并签字"),
                    new Risk("ACTIVITY", "行包安检", "危险品查堵", "安检科", "旅客携带易燃易爆品进站引发火灾", "2201", "FIRE",
                            "配备X光安检机", "安检员持证上岗,逐件检查"));
            case SCENIC_AREA -> List.of(
                    new Risk("AREA", "临崖游步道", "游步道临崖段", "景区安全部", "游客越过护栏失足坠落", "2101",
                            "FALL_FROM_HEIGHT", "临崖段设置护栏和警示牌", "巡查员每日巡查护栏完好"),
                    new Risk("AREA", "景区水域", "游船码头", "景区安全部", "游客落水淹溺", "2101", "DROWNING",
                            "码头配备救生衣和救生圈", "游船超载不得开航"),
                    new Risk("EQUIPMENT", "游乐设施", "观光车运营", "景区安全部", "观光车制动失灵撞伤游客", "2102",
                            "VEHICLE_INJURY", "观光车定期检验", "驾驶员每日出车前检查"));
            default -> switch (u.industry() == null ? "" : u.industry()) {
                case "E" -> List.of(
                        new Risk("ACTIVITY", "脚手架搭设与拆除", "外墙脚手架作业", "项目部", "作业人员未系安全带高处坠落", "2101",
                                "FALL_FROM_HEIGHT", "脚手架满挂安全网并设置防护栏杆", "架子工持证上岗,作业系挂安全带"),
                        new Risk("ACTIVITY", "基坑开挖", "深基坑土方开挖", "项目部", "基坑边坡失稳坍塌", "2101", "COLLAPSE",
                                "按方案放坡并设置支护和监测点", "每日观察边坡位移并记录"),
                        new Risk("EQUIPMENT", "塔式起重机", "塔吊吊装作业", "设备部", "吊物坠落砸伤下方人员", "2101",
                                "LIFTING_INJURY", "安装力矩限制器和高度限位", "信号工指挥,吊物下方禁止站人"),
                        new Risk("AREA", "施工临时用电", "临时配电箱", "项目部", "电缆破损漏电导致触电", "2103",
                                "ELECTROCUTION", "三级配电两级漏电保护", "电工每日巡检配电箱"));
                case "G", "F", "D" -> u.highRisk() ? List.of(
                        new Risk("EQUIPMENT", "储罐区", "储罐及输送管线", "储运部", "储罐或管线泄漏遇点火源燃爆", "2202",
                                "OTHER_EXPLOSION", "设置可燃气体报警与紧急切断阀联锁", "每两小时巡检液位和压力"),
                        new Risk("ACTIVITY", "卸车作业", "槽车卸车", "储运部", "卸车时静电放电引燃油气", "2103", "FIRE",
                                "设置静电接地报警器", "卸车全程专人监护"),
                        new Risk("AREA", "营业及作业区", "作业区动火管理", "安全部", "违规动火引发火灾爆炸", "2201", "FIRE",
                                "作业区配备灭火器和消防沙", "动火作业办理作业票"),
                        new Risk("ACTIVITY", "有限空间作业", "罐体清洗", "设备部", "未通风检测进入罐内中毒窒息", "1202",
                                "POISONING_ASPHYXIA", "配备气体检测仪和通风设备", "先通风、再检测、后作业"))
                        : List.of(
                        new Risk("AREA", "仓储区", "货物堆垛", "仓储部", "货物堆垛过高倒塌砸伤", "2101", "OBJECT_STRIKE",
                                "货架设置限高标识和防倾倒固定", "堆垛作业由专人指挥"),
                        new Risk("ACTIVITY", "厂内车辆运输", "叉车搬运", "仓储部", "叉车倒车撞伤行人", "2102", "VEHICLE_INJURY",
                                "叉车安装倒车警示和摄像头", "叉车司机持证驾驶,限速行驶"),
                        new Risk("AREA", "配电室", "低压配电柜", "设备部", "检修时误触带电部位触电", "2103", "ELECTROCUTION",
                                "配电室设置绝缘垫和挡鼠板", "停电、验电、挂牌上锁后检修"));
                case "B" -> List.of(
                        new Risk("AREA", "采石作业面", "台阶式开采", "生产部", "边坡浮石滑落砸伤作业人员", "2101", "COLLAPSE",
                                "按设计留设安全平台和台阶坡面角", "每班作业前排查边坡浮石"),
                        new Risk("EQUIPMENT", "破碎生产线", "颚式破碎机", "生产部", "清理卡料时手部卷入", "2102",
                                "MECHANICAL_INJURY", "破碎机进料口设置防护栏和急停", "停机断电挂牌后清理"),
                        new Risk("ACTIVITY", "矿区运输", "自卸车运输", "运输队", "运输道路临边车辆坠落", "2102",
                                "VEHICLE_INJURY", "临边设置挡车墙", "驾驶员限速行驶,雨天停运"));
                default -> List.of(
                        new Risk("EQUIPMENT", "冲剪设备", "剪板机剪切作业", "生产车间", "剪切时手部进入刀口区被剪伤", "2102",
                                "MECHANICAL_INJURY", "加装防护罩和双手操作按钮", "操作工培训考核合格后上岗"),
                        new Risk("AREA", "配电室", "低压配电柜", "设备科", "检修时误触带电部位触电", "2103", "ELECTROCUTION",
                                "配电室设置绝缘垫和挡鼠板", "停电、验电、挂牌上锁后检修"),
                        new Risk("ACTIVITY", "焊接动火作业", "设备维修焊接", "设备科", "焊渣引燃周边可燃物", "2201", "FIRE",
                                "动火点配备灭火器并清除可燃物", "动火作业办理作业票并设监火人"),
                        new Risk("ACTIVITY", "厂内车辆运输", "叉车搬运", "仓储部", "叉车倒车撞伤行人", "2102",
                                "VEHICLE_INJURY", "叉车安装倒车警示和摄像头", "叉车司机持证驾驶,限速行驶"),
                        new Risk("AREA", "原料仓库", "仓库堆垛", "仓储部", "货物堆垛过高倒塌砸伤", "2101", "OBJECT_STRIKE",
                                "货架设置限高标识和防倾倒固定", "堆垛作业由专人指挥"));
            };
        };
    }

    // ------------------------------------------------------------------ hazards

    private static final String[][] HAZARDS = {
        {"FIRE", "灭火器压力不足,未按期检验"},
        {"FIRE", "安全出口被杂物堵塞,疏散通道宽度不足"},
        {"FIRE", "应急照明灯损坏,断电后不能正常工作"},
        {"ELECTRICAL", "配电箱未安装漏电保护器,箱门缺失"},
        {"ELECTRICAL", "临时电线私拉乱接,绝缘层破损"},
        {"EQUIPMENT", "设备传动部位防护罩缺失"},
        {"EQUIPMENT", "压力表超过检定有效期"},
        {"SAFETY", "作业人员未按规定佩戴劳动防护用品"},
        {"SAFETY", "安全警示标识缺失或模糊不清"},
        {"SAFETY", "特种作业人员证件过期仍在作业"},
        {"SAFETY", "安全生产教育培训记录不全"},
        {"LAYOUT", "危险物品存放区与办公区未有效隔离"},
    };

    private static final String[] MAJOR_HAZARDS = {
        "可燃气体报警装置失效,未与紧急切断联锁", "有限空间作业未经审批,未进行通风检测",
        "人员密集场所疏散通道被锁闭", "未经安全评价擅自改变储存场所用途"};

    private void hazards(Unit u, Random random, LocalDate today, Instant now, Rows rows) {
        int n = (u.closed() ? 1 : 2) + random.nextInt(u.closed() ? 2 : 5);
        int days = (int) (today.toEpochDay() - yearStart(today).toEpochDay());
        for (int i = 0; i < n; i++) {
            UUID id = id(u, "hazard", i);
            boolean major = (u.highRisk() && i == 0 && random.nextInt(3) == 0) || random.nextInt(60) == 0;
            // closed units found their hazards before they stopped, in the first half of the year
            int back = u.closed() ? days * 55 / 100 + random.nextInt(Math.max(1, days * 45 / 100))
                    : random.nextInt(Math.max(1, days));
            LocalDate found = today.minusDays(Math.min(back, days));
            int age = (int) (today.toEpochDay() - found.toEpochDay());
            boolean immediate = !major && random.nextInt(100) < 30;
            LocalDate deadline = immediate ? null : found.plusDays(major ? 60 + random.nextInt(60)
                    : 10 + random.nextInt(30));
            HazardState state;
            LocalDate closedOn = null;
            int roll = random.nextInt(100);
            if (roll < 5) {
                state = HazardState.REJECTED;
            } else if (immediate) {
                state = HazardState.CLOSED;
                closedOn = found;
            } else if (deadline.isBefore(today) && (u.closed() || roll < 88)) {
                // old enough: closed, one in eight after its deadline
                state = HazardState.CLOSED;
                long span = deadline.toEpochDay() - found.toEpochDay();
                closedOn = random.nextInt(8) == 0 ? deadline.plusDays(1 + random.nextInt(10))
                        : found.plusDays(1 + random.nextInt((int) span));
                if (closedOn.isAfter(today)) {
                    closedOn = today;
                }
            } else if (deadline.isBefore(today)) {
                state = HazardState.RECTIFYING; // overdue
            } else {
                HazardState[] open = {HazardState.REPORTED, HazardState.CONFIRMED, HazardState.RECTIFYING,
                    HazardState.RECTIFYING, HazardState.AWAITING_ACCEPTANCE};
                state = age < 2 ? HazardState.REPORTED : open[random.nextInt(open.length)];
            }
            boolean overdue = state.open() && deadline != null && deadline.isBefore(today);
            String[] what = major ? new String[] {"SAFETY", MAJOR_HAZARDS[random.nextInt(MAJOR_HAZARDS.length)]}
                    : HAZARDS[random.nextInt(HAZARDS.length)];
            boolean supervision = !major && random.nextInt(5) == 0;
            Timestamp foundAt = at(found, 9 + random.nextInt(7));
            boolean confirmed = state != HazardState.REPORTED && state != HazardState.REJECTED;
            Timestamp confirmedAt = confirmed ? at(found, 17) : null;
            Timestamp closedAt = closedOn == null ? null : at(closedOn, 16);
            boolean rectified = state == HazardState.AWAITING_ACCEPTANCE || state == HazardState.CLOSED;
            Timestamp rectifiedAt = !rectified ? null : closedOn != null ? at(closedOn, 11)
                    : Timestamp.from(now.minusSeconds(3600L * (1 + random.nextInt(40))));
            String reporter = supervision ? "乡镇安监站 检查员" : u.manager();
            rows.hazards.add(new Object[] {id, u.id(), u.name(), u.regionCode(), u.sectors(),
                    supervision ? "SUPERVISION" : random.nextBoolean() ? "DAILY" : "COMPREHENSIVE",
                    major ? "MAJOR" : "GENERAL", state.name(), what[0], immediate ? "IMMEDIATE" : "DEADLINE",
                    what[1], foundAt, Date.valueOf(found), id(u, "reporter", 0), reporter, confirmedAt,
                    confirmed ? u.manager() : null, deadline == null ? null : Date.valueOf(deadline),
                    confirmed ? "按要求整改并复查" : null, rectifiedAt, closedAt,
                    closedOn == null ? null : Date.valueOf(closedOn), overdue, major && state.open(), 0L, foundAt,
                    closedAt != null ? closedAt : confirmedAt != null ? confirmedAt : foundAt});
            timeline(id, rows, reporter, id(u, "reporter", 0), u.manager(), foundAt, state, immediate, major,
                    confirmedAt, deadline, rectifiedAt, closedAt);
        }
    }

    /** The hazard's timeline as the workflow would have written it, so its detail page tells how it got here. */
    private static void timeline(UUID hazard, Rows rows, String reporter, UUID reporterId, String manager,
            Timestamp foundAt, HazardState state, boolean immediate, boolean major, Timestamp confirmedAt,
            LocalDate deadline, Timestamp rectifiedAt, Timestamp closedAt) {
        List<Object[]> steps = new ArrayList<>();
        steps.add(new Object[] {"REPORT", null, "REPORTED", reporterId, reporter, foundAt, major ? "重大" : "一般"});
        if (state == HazardState.REJECTED) {
            steps.add(new Object[] {"REJECT", "REPORTED", "REJECTED", null, manager, foundAt, "不属于隐患:经核实已符合要求"});
        } else if (immediate) {
            steps.add(new Object[] {"FIX_IMMEDIATELY", "REPORTED", "CLOSED", reporterId, reporter, closedAt, "即查即改"});
        } else if (confirmedAt != null) {
            steps.add(new Object[] {"CONFIRM", "REPORTED", "CONFIRMED", null, manager, confirmedAt,
                    (major ? "重大隐患" : "一般隐患") + ",责任人 " + manager + ",时限 " + deadline});
            if (state != HazardState.CONFIRMED) {
                steps.add(new Object[] {"START", "CONFIRMED", "RECTIFYING", null, manager, confirmedAt, null});
            }
            if (rectifiedAt != null) {
                steps.add(new Object[] {"SUBMIT", "RECTIFYING", "AWAITING_ACCEPTANCE", null, manager, rectifiedAt,
                        "按要求整改并复查"});
            }
            if (closedAt != null) {
                steps.add(new Object[] {"ACCEPT", "AWAITING_ACCEPTANCE", "CLOSED", null, manager, closedAt, "验收合格"});
            }
        }
        for (int seq = 0; seq < steps.size(); seq++) {
            Object[] step = steps.get(seq);
            rows.transitions.add(new Object[] {UUID.nameUUIDFromBytes((hazard + "/" + seq).getBytes(
                    StandardCharsets.UTF_8)), hazard, seq + 1, step[0], step[1], step[2], step[3], step[4], step[5],
                    step[6]});
        }
    }

    // ------------------------------------------------------------------ inspections

    /** A weekly 部门周排查 plan with tasks of the last {@link #WEEKS} weeks and this week's open one. */
    private void inspections(Unit u, Random random, LocalDate today, TemplateView checklist, Rows rows,
            List<InspectionInputs.TaskClosed> closed, List<InspectionInputs.Recorded> records) {
        UUID schedule = id(u, "plan", 0);
        Timestamp created = at(today.minusWeeks(WEEKS + 1), 9);
        rows.schedules.add(new Object[] {schedule, u.id(), u.regionCode(), u.sectors(), "PLAN", checklist.id(),
                "部门周排查:" + checklist.name(), "DEPARTMENT_WEEKLY", 1, "WEEK", "WORKDAY", !u.closed(), 0L, created,
                created});
        // a few units fell behind: they stopped reporting online altogether this year
        boolean lagging = random.nextInt(100) < 15;
        int diligence = 85 + random.nextInt(16);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int w = WEEKS; w >= 0; w--) {
            LocalDate start = monday.minusWeeks(w);
            LocalDate due = start.plusDays(6);
            if (u.closed() && start.isAfter(yearStart(today).plusDays(150))) {
                continue; // closed in the summer
            }
            UUID task = id(u, "task", w);
            String status = w == 0 ? "OPEN" : !lagging && random.nextInt(100) < diligence ? "DONE" : "MISSED";
            UUID record = "DONE".equals(status) ? id(u, "record", w) : null;
            LocalDate recordedOn = start.plusDays(random.nextInt(5));
            Timestamp closedAt = record != null ? at(recordedOn, 15) : "MISSED".equals(status)
                    ? Timestamp.from(CyclesStart.of(due.plusDays(1))) : null;
            rows.tasks.add(new Object[] {task, schedule, start.toString(), u.id(), u.regionCode(), u.sectors(),
                    "DEPARTMENT_WEEKLY", false, "部门周排查:" + checklist.name(), checklist.id(),
                    Timestamp.from(CyclesStart.of(start)), Timestamp.from(CyclesStart.of(due.plusDays(1))),
                    Date.valueOf(due), status, record, closedAt, 0L, Timestamp.from(CyclesStart.of(start))});
            if (record != null) {
                record(u, task, record, "DAILY", u.manager(), recordedOn, checklist, rows);
                records.add(new InspectionInputs.Recorded(u.id(), u.regionCode(), u.sectors(), recordedOn));
            }
            if (!"OPEN".equals(status)) {
                closed.add(new InspectionInputs.TaskClosed(u.id(), u.regionCode(), u.sectors(), due, record != null));
            }
        }
        // closed units and the laggards reported earlier in the year, before they stopped
        if (u.closed() || lagging) {
            LocalDate earlier = yearStart(today).plusDays(20 + random.nextInt(90));
            if (lagging && !u.closed() && random.nextInt(3) > 0) {
                return; // and some of those still working never did
            }
            UUID task = id(u, "task-early", 0);
            UUID record = id(u, "record-early", 0);
            LocalDate start = earlier.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            rows.tasks.add(new Object[] {task, schedule, start.toString(), u.id(), u.regionCode(), u.sectors(),
                    "DEPARTMENT_WEEKLY", false, "部门周排查:" + checklist.name(), checklist.id(),
                    Timestamp.from(CyclesStart.of(start)), Timestamp.from(CyclesStart.of(start.plusDays(7))),
                    Date.valueOf(start.plusDays(6)), "DONE", record, at(earlier, 15), 0L,
                    Timestamp.from(CyclesStart.of(start))});
            record(u, task, record, "DAILY", u.manager(), earlier, checklist, rows);
            records.add(new InspectionInputs.Recorded(u.id(), u.regionCode(), u.sectors(), earlier));
            closed.add(new InspectionInputs.TaskClosed(u.id(), u.regionCode(), u.sectors(), start.plusDays(6), true));
        }
    }

    /** A unit without plans: the town's 监管检查 this year, done. */
    private void check(Unit u, Random random, LocalDate today, TemplateView checklist, Rows rows,
            List<InspectionInputs.TaskClosed> closed, List<InspectionInputs.Recorded> records) {
        LocalDate first = yearStart(today);
        LocalDate on = u.closed() ? first.plusDays(20 + random.nextInt(100))
                : today.minusDays(5 + random.nextInt((int) Math.min(200, today.toEpochDay() - first.toEpochDay() - 6)));
        UUID task = id(u, "check-task", 0);
        UUID record = id(u, "check-record", 0);
        Timestamp created = at(on.minusDays(3), 9);
        // a one-off check is its own source
        rows.tasks.add(new Object[] {task, task, on.minusDays(3).toString(), u.id(), u.regionCode(), u.sectors(),
                "SUPERVISION", false, "乡镇安全生产监管检查", checklist.id(), created,
                Timestamp.from(CyclesStart.of(on.plusDays(8))), Date.valueOf(on.plusDays(7)), "DONE", record,
                at(on, 15), 0L, created});
        record(u, task, record, "SUPERVISION", "乡镇安监站 检查员", on, checklist, rows);
        records.add(new InspectionInputs.Recorded(u.id(), u.regionCode(), u.sectors(), on));
        closed.add(new InspectionInputs.TaskClosed(u.id(), u.regionCode(), u.sectors(), on.plusDays(7), true));
    }

    private void record(Unit u, UUID task, UUID record, String source, String by, LocalDate on,
            TemplateView checklist, Rows rows) {
        rows.records.add(new Object[] {record, task, u.id(), u.regionCode(), u.sectors(), source,
                id(u, "reporter", 0), by, at(on, 15), Date.valueOf(on), 0});
        for (TemplateView.Item item : checklist.items()) {
            rows.answers.add(new Object[] {UUID.nameUUIDFromBytes((record + "/" + item.id())
                    .getBytes(StandardCharsets.UTF_8)), record, item.position(), item.id(), item.content(),
                    item.major(), "OK"});
        }
    }

    // ------------------------------------------------------------------ pre-judgments

    private static final String[][] JUDGMENTS = {
        {"LOW", "本周生产平稳,无新增风险,设备运行正常", "按计划开展日常排查"},
        {"LOW", "本周无危险作业,人员到岗正常", "落实交接班检查"},
        {"GENERAL", "本周有设备检修和动火作业,气温下降", "动火作业办理作业票,检修前停电挂牌"},
        {"GENERAL", "本周订单增加,存在加班赶工", "控制加班时长,班前会强调安全要点"},
        {"LARGE", "本周有大风降温天气,室外高处作业较多", "大风天气停止室外高处作业,加强巡查"}};

    private void prejudgments(Unit u, Random random, LocalDate today, Rows rows) {
        int diligence = 60 + random.nextInt(41);
        for (int w = WEEKS; w >= 0; w--) {
            LocalDate day = today.minusWeeks(w);
            LocalDate start = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (random.nextInt(100) >= diligence) {
                continue;
            }
            String period = "%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            String[] j = JUDGMENTS[random.nextInt(JUDGMENTS.length)];
            Timestamp judgedAt = at(w == 0 ? today : start, 9);
            rows.prejudgments.add(new Object[] {id(u, "prejudgment", w), "ENTERPRISE_WEEKLY", u.id().toString(),
                    u.name(), u.id(), u.regionCode(), u.sectors(), null, period, Date.valueOf(start), j[1], j[0],
                    j[2], "demo", u.manager(), judgedAt, 0L, judgedAt});
        }
    }

    // ------------------------------------------------------------------ rows

    private static UUID id(Unit u, String what, int n) {
        return UUID.nameUUIDFromBytes(("zhiben-demo/" + u.uscc() + "/" + what + "/" + n)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(LocalTime.of(hour, 0)).atZone(Zones.CHINA).toInstant());
    }

    /** Start of a day in China (task windows). */
    private static final class CyclesStart {
        static Instant of(LocalDate day) {
            return day.atStartOfDay(Zones.CHINA).toInstant();
        }
    }

    /** Everything to write, one list per table, written with one batch each. */
    static final class Rows {
        final List<Object[]> objects = new ArrayList<>();
        final List<Object[]> units = new ArrayList<>();
        final List<Object[]> events = new ArrayList<>();
        final List<Object[]> assessments = new ArrayList<>();
        final List<Object[]> measures = new ArrayList<>();
        final List<Object[]> hazards = new ArrayList<>();
        final List<Object[]> transitions = new ArrayList<>();
        final List<Object[]> schedules = new ArrayList<>();
        final List<Object[]> tasks = new ArrayList<>();
        final List<Object[]> records = new ArrayList<>();
        final List<Object[]> answers = new ArrayList<>();
        final List<Object[]> prejudgments = new ArrayList<>();

        void write(JdbcTemplate jdbc) {
            Map<String, List<Object[]>> tables = new LinkedHashMap<>();
            tables.put("insert into risk_analysis_object (id, enterprise_id, region_code, kind, name,"
                    + " major_hazard_source, hazard_source_code, version, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", objects);
            tables.put("insert into risk_analysis_unit (id, enterprise_id, region_code, object_id, name,"
                    + " responsible_department, responsible_person, control_level, last_assessed_at, reassessment_due,"
                    + " version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", units);
            tables.put("insert into risk_event (id, enterprise_id, region_code, unit_id, description,"
                    + " hazard_factor_code, accident_types, inherent_level, residual_level, last_assessed_at, version,"
                    + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events);
            tables.put("insert into risk_assessment (id, enterprise_id, region_code, event_id, kind, method, factor_l,"
                    + " factor_s, score, level, band, assessed_by, assessor_name, assessed_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", assessments);
            tables.put("insert into risk_control_measure (id, enterprise_id, region_code, event_id, description,"
                    + " classify1, classify2, responsible_person, check_cycle, check_cycle_unit, version, created_at,"
                    + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", measures);
            tables.put("insert into hazard_hazard (id, enterprise_id, enterprise_name, region_code, sectors, source,"
                    + " level, state, type, manage_type, description, found_at, found_on, reported_by,"
                    + " reported_by_name, confirmed_at, responsible_name, deadline, measures, rectified_at, closed_at,"
                    + " closed_on, overdue, supervised, version, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    hazards);
            tables.put("insert into hazard_transition (id, hazard_id, seq, action, from_state, to_state, actor_id,"
                    + " actor_name, at, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", transitions);
            tables.put("insert into inspection_schedule (id, enterprise_id, region_code, sectors, kind, template_id,"
                    + " title, task_type, cycle, cycle_unit, workday_type, active, version, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", schedules);
            tables.put("insert into inspection_task (id, source_id, period_key, enterprise_id, region_code, sectors,"
                    + " task_type, baobao, title, template_id, window_start, window_end, due_date, status, record_id,"
                    + " closed_at, version, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tasks);
            tables.put("insert into inspection_record (id, task_id, enterprise_id, region_code, sectors, source,"
                    + " recorded_by, recorded_by_name, recorded_at, recorded_on, findings)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", records);
            tables.put("insert into inspection_answer (id, record_id, position, item_id, item_content, major, result)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", answers);
            tables.put("insert into risk_prejudgment (id, kind, subject_key, subject_name, enterprise_id, region_code,"
                    + " sectors, workshop, period, period_start, conditions, level, measures, judged_by,"
                    + " judged_by_name, judged_at, version, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", prejudgments);
            tables.forEach((sql, rows) -> {
                if (!rows.isEmpty()) {
                    jdbc.batchUpdate(sql, rows);
                }
            });
        }
    }
}
