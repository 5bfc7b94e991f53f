package org.zhiben.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.Comparison;
import org.zhiben.campaign.NewPlan;
import org.zhiben.campaign.NewTask;
import org.zhiben.campaign.PlanLevel;
import org.zhiben.campaign.ProgressData;
import org.zhiben.campaign.ReportClaim;
import org.zhiben.campaign.TargetKind;
import org.zhiben.campaign.UnitKind;
import org.zhiben.campaign.UnitRole;
import org.zhiben.campaign.duty.DutyData;
import org.zhiben.campaign.duty.DutyFrequency;
import org.zhiben.campaign.duty.DutyKind;
import org.zhiben.campaign.duty.LeaderDuties;
import org.zhiben.campaign.routine.MeetingKind;
import org.zhiben.campaign.routine.RoutineData;
import org.zhiben.campaign.routine.Routines;
import org.zhiben.common.Zones;
import org.zhiben.directory.Regions;
import org.zhiben.identity.CurrentUser;
import org.zhiben.inspection.AnswerInput;
import org.zhiben.inspection.AnswerResult;
import org.zhiben.inspection.Checklists;
import org.zhiben.inspection.InspectionRecords;
import org.zhiben.inspection.InspectionTasks;

/**
 * The seeds' campaign plans transcribed for the demo jurisdiction: a province plan with seed 003's nine actions and
 * their main measures (示范省), and under it 东关镇's plan with seed 000's ten actions and nineteen numbered tasks (the
 * texts shortened), milestones from the seeds' phrases, the stock and 动态清零 targets bound to hazard's live metrics,
 * the town's 清零 tasks implementing the province's. Some tasks are reported and accepted (已完成), some behind
 * (滞后), enterprise A leads the 基础建设 task. Under the province plan too: seed 002's eight actions and eighteen tasks
 * ({@link Seed002Plan}) as 西河镇's plan. 东关镇's monthly meetings from its start to last month (two months skipped,
 * the last one not yet minuted), and its 三三查 / 领导包联 duties on task 8 (bound to the duties' live metric) with
 * this period's check done. Skipped once the town sees any plan.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class CampaignDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CampaignDemoData.class);
    private static final String PROVINCE = "990000000000";
    private static final String TOWN = DemoData.TOWN_DONGGUAN;
    private static final String VILLAGE = "990101100201";

    private static final String XIHE = DemoData.TOWN_XIHE;

    private final Campaigns campaigns;
    private final Routines routines;
    private final LeaderDuties duties;
    private final Regions regions;
    private final Checklists checklists;
    private final InspectionTasks inspectionTasks;
    private final InspectionRecords inspectionRecords;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;
    private final SeedingContext persistence;
    private final Clock clock;

    CampaignDemoData(Campaigns campaigns, Routines routines, LeaderDuties duties, Regions regions,
            Checklists checklists, InspectionTasks inspectionTasks, InspectionRecords inspectionRecords,
            UserDetailsService userDetails, TransactionTemplate tx, Clock clock, SeedingContext session) {
        this.persistence = session;
        this.campaigns = campaigns;
        this.routines = routines;
        this.duties = duties;
        this.regions = regions;
        this.checklists = checklists;
        this.inspectionTasks = inspectionTasks;
        this.inspectionRecords = inspectionRecords;
        this.userDetails = userDetails;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            runAs("town.aj");
            if (!campaigns.plans().isEmpty()) {
                return;
            }
            UUID[] town = new UUID[1];
            tx.executeWithoutResult(status -> town[0] = seed());
            LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
            tx.executeWithoutResult(status -> meetings(town[0], today));
            campaigns.evaluateAll(today);
            log.info("Demo campaign seeded: 示范省, 东关镇 and 西河镇 (seed 002) plans in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo campaign");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UUID seed() {
        UUID enterpriseA = runAs("ent.a.boss").enterpriseId();
        runAs("admin");
        UUID province = campaigns.createPlan(new NewPlan(PROVINCE, PlanLevel.PROVINCE,
                "示范省安全生产治本攻坚三年行动实施方案(2024—2026年)", "示范省安全生产委员会", "示安委〔2024〕5号", null,
                LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2024, 10, 29), List.of(
                        "开展生产经营单位主要负责人安全教育培训行动", "开展重大事故隐患判定标准体系提升行动",
                        "开展重大事故隐患动态清零行动", "开展重大安全风险源头管控治理行动", "开展安全科技支撑和工程治理行动",
                        "开展生产经营单位从业人员安全素质能力提升行动", "开展生产经营单位安全管理体系建设行动",
                        "开展安全生产精准执法和帮扶行动", "开展全民安全素质提升行动")), null);
        String office = "省安委会办公室";
        UUID p1 = task(province, 1, "1", "在省委党校集中开展重点行业领域生产经营单位主要负责人专题安全教育培训,推动主要负责人教育培训全覆盖",
                office, List.of(), deliverable("2026年底前", "重点行业领域主要负责人培训全覆盖"));
        task(province, 2, "2", "跟进落实国家新修订的重大事故隐患判定标准,完善本省重点行业领域重大事故隐患判定标准和重点检查事项",
                office, List.of(), deliverable("2024年底前", "判定标准和重点检查事项印发"));
        UUID p3 = task(province, 3, "3", "健全生产经营单位重大事故隐患自查自改常态化机制;2024年底前基本消除2023年及以前排查发现的重大事故隐患存量,"
                + "2025年底前有效遏制增量,2026年底前形成动态清零的常态化机制", office, List.of(),
                metric("2024年底前", "hazard.major.stock.open", 0), metric("2026年底前", "hazard.major.open", 0));
        task(province, 3, "5", "健全重大事故隐患数据库,2024年底前完善数据库运行管理机制,实现企业自查上报、部门监督检查、群众举报核查等渠道汇聚",
                office, List.of(), deliverable("2024年底前", "重大事故隐患数据库运行管理机制"));
        task(province, 4, "6", "建立完善各类发展规划的安全风险评估会商机制,严把项目审批安全关,坚决淘汰落后产能", office, List.of(),
                deliverable("2025年底前", "安全风险评估会商机制"));
        task(province, 5, "8", "推动安全生产监管模式向事前预防数字化转型,2025年底前危化品重大危险源、煤矿、钢铁、铝加工(深井铸造)、"
                + "重点粉尘涉爆企业监测预警全覆盖", office, List.of(), deliverable("2025年底前", "监测预警系统覆盖名录企业"));
        task(province, 6, "16", "2024年底前全面细化完善生产经营单位各类从业人员安全培训要求,严格持证上岗和先培训后上岗",
                office, List.of(), deliverable("2024年底前", "从业人员培训要求细化印发"));
        task(province, 7, "18", "按照安全生产标准化管理体系定级制度,推动有关行业领域各类企业开展标准化建设,2025年推动规模以上企业达标",
                office, List.of(), deliverable("2025年底前", "规模以上企业标准化达标"));
        task(province, 8, "21", "综合运用四不两直、明察暗访、异地交叉执法等方式,聚焦重大事故隐患排查整治精准执法,2024年底前建立执法统计、"
                + "执法考评和典型案例报送制度", office, List.of(), deliverable("2024年底前", "执法统计、考评和典型案例报送制度"));
        task(province, 9, "24", "加强全民安全生产宣传教育,推动安全宣传进企业、进农村、进社区、进学校、进家庭", office, List.of(),
                deliverable("2026年底前", "五进宣传常态化"));

        runAs("town.aj");
        UUID town = campaigns.createPlan(new NewPlan(TOWN, PlanLevel.TOWN,
                "东关镇安全生产治本攻坚三年行动实施方案(2024—2026年)", "东关镇人民政府", "东政发〔2024〕31号", province,
                LocalDate.of(2024, 3, 22), LocalDate.of(2026, 12, 31), LocalDate.of(2024, 3, 22), List.of(
                        "开展生产经营单位主要负责人安全教育培训行动", "开展生产经营单位从业人员安全素质能力提升行动",
                        "开展生产经营单位安全管理体系建设行动", "开展重大事故隐患判定标准体系提升及“一行业一清单”行动",
                        "开展重大事故隐患动态清零行动", "开展安全科技支撑和工程治理行动", "开展安全生产监督管理职责厘清行动",
                        "开展安全生产精准执法和帮扶行动", "开展党政领导干部安全生产履职能力提升行动", "开展全民安全素质提升行动")),
                null);
        String ks = "镇相关科室、站、所";
        String gyb = "镇工业办";
        List<NewTask.Unit> villages = List.of(new NewTask.Unit(UnitRole.ASSIST, UnitKind.REGION, VILLAGE, null));
        UUID t1 = task(town, 1, "1", "配合区相关部门和区委党校开展重点行业领域主要负责人专题安全教育培训:2024年矿山企业主要负责人和二级三级医院"
                + "消防安全责任人,2025年金属冶炼主要负责人和重点文物保护单位消防安全责任人,2026年大型商业综合体消防安全责任人",
                ks, List.of(), p1, deliverable("2024年底前", "矿山、二级三级医院批次参训"),
                deliverable("2025年底前", "金属冶炼、重点文物保护单位批次参训"), deliverable("2026年底前", "大型商业综合体批次参训"));
        task(town, 1, "2", "配合交通、住建、文旅、教育、民政、能源等部门组织本行业领域主要负责人安全教育培训,时间不少于3天,参训率100%",
                ks, List.of(), deliverable("2026年底前", "参训率100%"));
        task(town, 2, "3", "2024年底前协助区职能部门按规定频次、内容开展从业人员安全教育培训,外包外租、劳务派遣、灵活用工人员纳入统一培训",
                ks, List.of(), deliverable("2024年底前", "从业人员培训督导检查机制"));
        task(town, 2, "4", "常态化开展“三违”警示教育、应急演练;办公、生产、生活区域每年分别至少1次疏散逃生演练;2025年底前重点企业完成"
                + "“三类人员”工伤预防能力提升培训", ks, villages, deliverable("2025年底前", "“三类人员”培训全覆盖"));
        UUID t5 = taskLedBy(town, 2, "5", "巩固提升安全生产基础建设水平:岗位流程标准化、安全风险预判预警、隐患溯源和高质量整改、全员安全素质提升"
                + "(应知应会手册、题库、学习考试平台)", enterpriseA, gyb, deliverable("2026年底前", "四项工作机制建成运行"));
        task(town, 3, "6", "配合开展安全生产标准化宣贯,2024年选取部分企业试点,2025年推动规模以上企业标准化达标,2025年底前打造一批标杆企业",
                ks, List.of(), deliverable("2024年底前", "试点企业名单"), deliverable("2025年底前", "规模以上企业达标"));
        UUID t7 = task(town, 4, "7", "组织重大事故隐患判定标准宣贯,严格执行“一行业一清单”,提出动态调整意见建议", ks, List.of(),
                deliverable("2024年底前", "宣贯完成,清单执行"));
        UUID t8 = task(town, 5, "8", "2024年6月底前督促生产经营单位健全重大事故隐患自查自改常态化机制;2024年底前基本消除2023年及以前排查发现的"
                + "重大事故隐患;按照“三三查”工作机制要求,党政主要负责人带队开展隐患排查整治", ks, villages, p3,
                deliverable("2024年6月底前", "自查自改常态化机制"), metric("2024年底前", "hazard.major.stock.open", 0),
                new NewTask.Target(null, "2026年底前", TargetKind.METRIC, null, Comparison.AT_LEAST,
                        BigDecimal.valueOf(100), null, null, LeaderDuties.METRIC));
        task(town, 5, "9", "督促行业领域生产经营单位严格执行隐患排查治理规定,重点行业领域开展“体检式”精查,确保重大事故隐患闭环整改",
                ks, List.of(), deliverable("2026年底前", "“体检式”精查覆盖重点行业"));
        task(town, 5, "10", "将重大事故隐患信息通知到主要负责人、实际控制人,实行清单制管理并动态更新,照单逐条整改销号(动态清零)",
                gyb, List.of(), p3, metric("2026年底前", "hazard.major.open", 0));
        task(town, 6, "11", "督促淘汰落后工艺设备,2025年底前推动变型拖拉机全部淘汰退出;督促经营性自建房、小型生产经营场所安装早期火灾报警和灭火装置",
                ks, List.of(), deliverable("2025年底前", "变型拖拉机全部淘汰"));
        task(town, 6, "12", "2025年6月底前妥善解决建设工程消防审验历史遗留问题;2025年5月底前全面完成自建房安全隐患整治;2025年底前基本实现"
                + "城镇建成区消防供水全覆盖", ks, villages, atLeast("2025年5月底前", "campaign.rect.selfbuilt.coverage", 100),
                atLeast("2025年5月底前", "campaign.rect.problem.rate", 100),
                deliverable("2025年6月底前", "消防审验历史遗留问题解决"), deliverable("2025年底前", "城镇建成区消防供水全覆盖"));
        UUID t13 = task(town, 7, "13", "按照“三管三必须”实施细则,重点行业领域“一件事”由一个科室、站、所牵头,厘清职能交叉和新业态监管职责",
                gyb, List.of(), deliverable("2024年底前", "职责清单印发"));
        task(town, 8, "14", "健全举报制度机制,推动生产经营单位建立事故隐患内部报告奖励机制", ks, List.of(),
                deliverable("2025年底前", "内部报告奖励机制覆盖重点企业"));
        task(town, 8, "15", "综合运用“四不两直”、明查暗访、交叉检查、联合执法,集中挂牌、公布、曝光、处理一批重大事故隐患", ks, List.of(),
                deliverable("2026年底前", "精准执法常态化"));
        task(town, 8, "16", "统筹村、社区安全生产监管、消防、防灾减灾、应急救援和网格力量,明确权责清单,加强兼职救援队伍建设",
                gyb, villages, deliverable("2025年底前", "村(社区)权责清单"));
        UUID t17 = task(town, 9, "17", "制定党政领导干部安全生产职责清单和年度任务清单,将安全生产列入党政领导干部必修课程", gyb, List.of(),
                deliverable("2024年6月底前", "职责清单和年度任务清单报区安委会办公室"));
        task(town, 10, "18", "持续开展防灾减灾周、安全生产月、消防宣传月等主题宣传,推动安全宣传“五进”", ks, villages,
                deliverable("2026年底前", "年度主题宣传完成"));
        task(town, 10, "19", "深化“平安工程”“平安农机”“安康杯”竞赛、青年安全生产示范岗和安全文化示范企业创建", ks, villages,
                deliverable("2026年底前", "推荐一批先进企业、单位和个人"));

        // reports: the office completes three tasks (accepted by the county), enterprise A reports behind the line
        for (UUID done : List.of(t7, t13, t17)) {
            runAs("town.aj");
            campaigns.report(done, campaigns.version(done), new ProgressData(ReportClaim.COMPLETED, 100, null,
                    "已按方案完成,相关文件已印发。", null, List.of()));
            runAs("county.yjj");
            campaigns.review(done, campaigns.version(done), campaigns.pendingReport(done).orElseThrow(), true,
                    "材料齐全,同意");
        }
        runAs("town.aj");
        campaigns.report(t1, campaigns.version(t1), new ProgressData(ReportClaim.PROGRESS, 70, null,
                "2024年、2025年批次已组织参训,2026年大型商业综合体批次待区统一安排。", null, List.of()));
        runAs("ent.a.boss");
        campaigns.report(t5, campaigns.version(t5), new ProgressData(ReportClaim.PROGRESS, 60, null,
                "岗位工种统计表和岗位标准已完成,风险预判机制运行中,应知应会手册编写中。", null, List.of()));

        // the town's leader duties on task 8: 三三查 and 领导包联 at enterprise A, this period's check done
        UUID leader = runAs("town.aj").id();
        UUID threeChecks = duties.create(town, new DutyData.NewDuty(DutyKind.THREE_CHECKS, t8, leader,
                "分管安全生产领导", enterpriseA, DutyFrequency.QUARTER, 1, LocalDate.of(2024, 7, 1), null), null);
        duties.create(town, new DutyData.NewDuty(DutyKind.PAIRING, t8, leader, "分管安全生产领导", enterpriseA,
                DutyFrequency.MONTH, 1, LocalDate.of(2025, 1, 1), null), null);
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        if (!today.isAfter(LocalDate.of(2026, 12, 31))) {
            List<org.zhiben.inspection.TemplateView> templates = checklists.forSectors(Set.of("03"));
            if (!templates.isEmpty()) {
                UUID check = duties.arrangeVisit(threeChecks, new DutyData.NewVisit(templates.get(0).id(), today,
                        today), null);
                List<AnswerInput> answers = inspectionTasks.items(inspectionTasks.get(check)).stream()
                        .map(i -> new AnswerInput(i.id(), AnswerResult.OK, null, null)).toList();
                inspectionRecords.submit(check, null, answers, null);
            }
        }

        seed002(province);
        return town;
    }

    /** Seed 002 as 西河镇's plan under the province's, its 各村、各社区 the town's villages and communities. */
    private void seed002(UUID province) {
        runAs("county.yjj");
        List<String> actions = Seed002Plan.ACTIONS.stream().map(Seed002Plan.Action::title).toList();
        UUID plan = campaigns.createPlan(new NewPlan(XIHE, PlanLevel.TOWN, Seed002Plan.TITLE, "西河镇人民政府",
                "西府发〔2024〕37号", province, LocalDate.of(2024, 6, 7), LocalDate.of(2026, 12, 31),
                LocalDate.of(2024, 6, 7), actions), null);
        List<String> villages = regions.children(XIHE).stream().map(Regions.RegionView::code).toList();
        int a = 0;
        for (Seed002Plan.Action action : Seed002Plan.ACTIONS) {
            a++;
            for (Seed002Plan.Task t : action.tasks()) {
                List<NewTask.Unit> units = new ArrayList<>();
                units(units, UnitRole.LEAD, t.lead(), villages);
                units(units, UnitRole.ASSIST, t.assist(), villages);
                campaigns.addTask(plan, new NewTask(a, t.no(), t.text(), Set.of(), null, units, t.milestones()), null);
            }
        }
    }

    private static void units(List<NewTask.Unit> out, UnitRole role, String line, List<String> villages) {
        for (String name : Seed002Plan.names(line)) {
            if (name.equals(Seed002Plan.VILLAGES)) {
                villages.forEach(v -> out.add(new NewTask.Unit(role, UnitKind.REGION, v, null)));
            } else {
                out.add(new NewTask.Unit(role, UnitKind.OFFICE, null, name));
            }
        }
    }

    /**
     * 东关镇's monthly meetings: one a month from the plan's start to last month, except 2024-08 and 2025-02 (未召开),
     * each held on the 10th with its agenda as of that day, all minuted except the last.
     */
    private void meetings(UUID town, LocalDate today) {
        runAs("town.aj");
        java.time.YearMonth last = java.time.YearMonth.from(today).minusMonths(1);
        java.time.YearMonth end = java.time.YearMonth.of(2026, 12);
        if (last.isAfter(end)) {
            last = end;
        }
        for (java.time.YearMonth m = java.time.YearMonth.of(2024, 4); !m.isAfter(last); m = m.plusMonths(1)) {
            if (m.equals(java.time.YearMonth.of(2024, 8)) || m.equals(java.time.YearMonth.of(2025, 2))) {
                continue;
            }
            LocalDate held = m.atDay(10);
            UUID id = routines.createMeeting(town, new RoutineData.NewMeeting(m.toString(), held,
                    m.getMonthValue() % 3 == 0 ? MeetingKind.STUDY : MeetingKind.DISPATCH, null, "镇政府三楼会议室"), held);
            if (m.equals(last)) {
                continue;
            }
            var meeting = routines.meeting(id);
            List<RoutineData.ItemMinute> items = meeting.getItems().stream().map(i -> new RoutineData.ItemMinute(
                    i.getSeq(), "责任单位对照时限倒排工期,下次调度会报告进展。", i.getTaskId() == null ? null
                            : "按会议要求加快推进并报送佐证材料", i.getTaskId() == null ? null : held.plusDays(20)))
                    .toList();
            routines.minute(id, new RoutineData.Minutes(meeting.getVersion(), "镇长(演示)",
                    "镇党政办、镇工业办、安监站、各村(社区)负责人", items));
            persistence.settle();
        }
    }

    private UUID task(UUID plan, int action, String no, String text, String lead, List<NewTask.Unit> assist,
            NewTask.Target... milestones) {
        return task(plan, action, no, text, lead, assist, null, milestones);
    }

    private UUID task(UUID plan, int action, String no, String text, String lead, List<NewTask.Unit> assist,
            UUID implementsId, NewTask.Target... milestones) {
        List<NewTask.Unit> units = new ArrayList<>();
        units.add(new NewTask.Unit(UnitRole.LEAD, UnitKind.OFFICE, null, lead));
        units.addAll(assist);
        return campaigns.addTask(plan, new NewTask(action, no, text, Set.of(), implementsId, units,
                List.of(milestones)), null);
    }

    private UUID taskLedBy(UUID plan, int action, String no, String text, UUID enterprise, String assist,
            NewTask.Target... milestones) {
        return campaigns.addTask(plan, new NewTask(action, no, text, Set.of(), null, List.of(
                new NewTask.Unit(UnitRole.LEAD, UnitKind.ENTERPRISE, enterprise.toString(), null),
                new NewTask.Unit(UnitRole.ASSIST, UnitKind.OFFICE, null, assist)), List.of(milestones)), null);
    }

    private static NewTask.Target deliverable(String phrase, String what) {
        return new NewTask.Target(null, phrase, TargetKind.DELIVERABLE, what, null, null, null, null, null);
    }

    /** A live metric at least {@code value} by the phrase's day (自建房排查覆盖率 = 100 %). */
    private static NewTask.Target atLeast(String phrase, String key, int value) {
        return new NewTask.Target(null, phrase, TargetKind.METRIC, null, Comparison.AT_LEAST, BigDecimal.valueOf(value),
                null, null, key);
    }

    private static NewTask.Target metric(String phrase, String key, int value) {
        return new NewTask.Target(null, phrase, TargetKind.METRIC, null, Comparison.AT_MOST, BigDecimal.valueOf(value),
                null, null, key);
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
