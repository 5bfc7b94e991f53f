package org.zhiben.demo;

import java.math.BigDecimal;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.enforcement.AnnualPlans;
import org.zhiben.enforcement.CaseAction;
import org.zhiben.enforcement.CaseCommand;
import org.zhiben.enforcement.NewTypicalCase;
import org.zhiben.enforcement.CaseMeasure;
import org.zhiben.enforcement.Cases;
import org.zhiben.enforcement.CrackdownKind;
import org.zhiben.enforcement.Crackdowns;
import org.zhiben.enforcement.DrawView;
import org.zhiben.enforcement.Draws;
import org.zhiben.enforcement.EnforcementDirectory;
import org.zhiben.enforcement.InspectionMode;
import org.zhiben.enforcement.Inspections;
import org.zhiben.enforcement.NewCase;
import org.zhiben.enforcement.NewCheckItem;
import org.zhiben.enforcement.NewDraw;
import org.zhiben.enforcement.NewInspection;
import org.zhiben.enforcement.NewOfficer;
import org.zhiben.enforcement.NewPlan;
import org.zhiben.enforcement.OfficerTrainings;
import org.zhiben.enforcement.OnSiteMeasure;
import org.zhiben.enforcement.SupervisionCategory;
import org.zhiben.enforcement.TargetView;
import org.zhiben.enforcement.WritKind;
import org.zhiben.enforcement.Writs;
import org.zhiben.identity.CurrentUser;

/**
 * The enforcement office of 示范县, through the enforcement services as the demo officials: four officials entered
 * with fictional 执法证 (the 东关镇 station head's has expired, so draws and inspections leave him out), three
 * random-check items, a published 双随机 draw of four enterprises and two officers (one officer recused), inspections
 * in six modes with their documents (findings become hazards), and a case against 示范化工 through to 结案 with a fine
 * on the unit and its principal (一案双罚), lightened after the party's statement; 示范市's annual plan of this year
 * (categories and two key inspections) filed and published, with a county draw of 一般监管 objects under it and an
 * inspection from that draw; inspections in all nine modes; the county's 打非治违 filings (some on time, one late,
 * the rest due). Skipped once the county has a case.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class EnforcementDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EnforcementDemoData.class);

    /** Fixed so that the demo draw is the same on every start (real draws get a fresh random seed). */
    static final String DRAW_SEED = "demo2026q4draw01";

    /** The seed of the demo draw made under the city's annual plan. */
    static final String PLAN_DRAW_SEED = "demoplandraw0001";

    private final EnforcementDirectory directory;
    private final Draws draws;
    private final Inspections inspections;
    private final Cases cases;
    private final org.zhiben.enforcement.TypicalCases typicalCases;
    private final Writs writs;
    private final AnnualPlans plans;
    private final Crackdowns crackdowns;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;
    private final OfficerTrainings trainings;

    EnforcementDemoData(EnforcementDirectory directory, Draws draws, Inspections inspections, Cases cases,
            org.zhiben.enforcement.TypicalCases typicalCases, Writs writs, AnnualPlans plans, Crackdowns crackdowns,
            UserDetailsService userDetails, TransactionTemplate tx, OfficerTrainings trainings) {
        this.trainings = trainings;
        this.plans = plans;
        this.crackdowns = crackdowns;
        this.directory = directory;
        this.draws = draws;
        this.inspections = inspections;
        this.cases = cases;
        this.typicalCases = typicalCases;
        this.writs = writs;
        this.userDetails = userDetails;
        this.tx = tx;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            runAs("county.yjj");
            if (cases.countVisible() > 0 || !directory.officers().isEmpty()) {
                return;
            }
            tx.executeWithoutResult(status -> seed());
            log.info("Demo enforcement seeded in 示范县 in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo enforcement");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        LocalDate today = directory.today();
        CurrentUser countyYjj = runAs("county.yjj");
        CurrentUser countyZjj = runAs("county.zjj");
        CurrentUser cityYjj = runAs("city.yjj");
        CurrentUser townAj = runAs("town.aj");
        UUID a = runAs("ent.a.safety").enterpriseId();
        UUID b = runAs("ent.b.boss").enterpriseId();

        runAs("admin");
        UUID o1 = directory.register(new NewOfficer(countyYjj.id(), "ZB99010100118", today.minusYears(2),
                today.plusYears(3), DemoData.COUNTY, Set.of(), "示范县应急管理局"), null);
        UUID o2 = directory.register(new NewOfficer(countyZjj.id(), "ZB99010100207", today.minusYears(1),
                today.plusYears(4), DemoData.COUNTY, Set.of("04"), "示范县住房和城乡建设局"), null);
        UUID o3 = directory.register(new NewOfficer(cityYjj.id(), "ZB99010000031", today.minusYears(3),
                today.plusYears(2), DemoData.CITY, Set.of(), "示范市应急管理局"), null);
        UUID o4 = directory.register(new NewOfficer(townAj.id(), "ZB99010110009", today.minusYears(5),
                today.minusMonths(5), DemoData.TOWN_DONGGUAN, Set.of(), "东关镇安全生产监督管理站"), null);
        // 执法人员能力提升培训 (seed 002 task 10): three of the four officers trained this year, 住建 officer o2 not yet
        LocalDate jan = today.withDayOfYear(1);
        trainings.add(o1, new OfficerTrainings.NewTraining(earliest(jan.plusDays(60), today), "安全生产执法规范化与执法文书制作",
                new java.math.BigDecimal("16.0"), "示范市应急管理局"), null);
        trainings.add(o1, new OfficerTrainings.NewTraining(earliest(jan.plusDays(150), today), "重大事故隐患判定标准解读",
                new java.math.BigDecimal("8.0"), "示范县应急管理局"), null);
        trainings.add(o3, new OfficerTrainings.NewTraining(earliest(jan.plusDays(90), today), "危险化学品企业执法检查要点",
                new java.math.BigDecimal("12.0"), "示范省应急管理厅"), null);
        trainings.add(o4, new OfficerTrainings.NewTraining(earliest(jan.plusDays(30), today), "乡镇安全监管执法人员轮训",
                new java.math.BigDecimal("24.0"), "示范县应急管理局"), null);
        UUID item = directory.addItem(new NewCheckItem("YJ-001", "生产经营单位安全生产主体责任落实情况检查",
                "《中华人民共和国安全生产法》第四条、第二十一条、第六十五条", "辖区内在营的生产经营单位", Set.of()), null);
        directory.addItem(new NewCheckItem("YJ-002", "危险化学品安全管理情况检查",
                "《危险化学品安全管理条例》第六条、第二十条", "危险化学品生产、储存、经营单位", Set.of("02")), null);
        directory.addItem(new NewCheckItem("YJ-003", "主要负责人安全生产履职情况检查",
                "《中华人民共和国安全生产法》第五条、第二十一条、第九十四条", "生产经营单位主要负责人", Set.of()), null);

        runAs("county.yjj");
        UUID drawId = draws.draw(new NewDraw("2026年第四季度安全生产双随机抽查(示范县)", item, DemoData.COUNTY, null, 4, 2,
                180, true, List.of(new NewDraw.Conflict(o2, "与抽查对象负责人系近亲属,申请回避")), DRAW_SEED), null);
        DrawView draw = draws.get(drawId);
        List<UUID> team = draw.drawnOfficers().stream().map(DrawView.Candidate::id).toList();
        List<UUID> usual = List.of(o1, o3);

        // 示范市's annual plan for this year: shares per supervision category, two key inspections (示范化工 and
        // enterprise A), filed with the province and published; the county draws its 一般监管 objects under it
        runAs("city.yjj");
        int year = today.getYear();
        int month = today.getMonthValue();
        UUID planId = plans.draft(new NewPlan(year, year + "年度安全生产执法检查计划(示范市)",
                "重点检查与双随机抽查相结合;重点检查对象采取“四不两直”方式,不提前公布名单。", List.of(
                        new NewPlan.CategoryShare(SupervisionCategory.KEY, 50, 2),
                        new NewPlan.CategoryShare(SupervisionCategory.GENERAL, 20, 1),
                        new NewPlan.CategoryShare(SupervisionCategory.INCENTIVE, 5, 1)), List.of(
                        new NewPlan.KeyTarget(b, month, "涉及重大危险源的危险化学品储存单位"),
                        new NewPlan.KeyTarget(a, Math.min(12, month + 1), "冲压作业安全联锁装置曾被短接"))), null);
        plans.file(planId, plans.get(planId).version());
        plans.publish(planId, plans.get(planId).version());
        runAs("county.yjj");
        UUID planDrawId = draws.draw(new NewDraw(year + "年一般监管类双随机抽查(示范县,按市年度计划)", item, DemoData.COUNTY,
                null, 2, 2, 0, true, List.of(), PLAN_DRAW_SEED, planId, SupervisionCategory.GENERAL), null);
        DrawView planDraw = draws.get(planDrawId);

        List<UUID> inspected = new ArrayList<>();
        // the plan draw's first enterprise inspected under it
        if (!planDraw.drawnEnterprises().isEmpty() && planDraw.drawnOfficers().size() >= 2) {
            inspected.add(inspect(new NewInspection(planDraw.drawnEnterprises().get(0).id(),
                    InspectionMode.DOUBLE_RANDOM, planDrawId, null, today.minusDays(1), "生产经营场所",
                    "按年度执法检查计划双随机抽查:查阅安全生产责任制和隐患排查治理台账,检查作业现场。",
                    planDraw.drawnOfficers().stream().map(DrawView.Candidate::id).toList(), List.of(), Set.of(), null,
                    null), null));
        }
        // the first two drawn enterprises inspected as 双随机, one with findings
        UUID d1 = draw.drawnEnterprises().get(0).id();
        inspected.add(inspect(new NewInspection(d1, InspectionMode.DOUBLE_RANDOM, drawId, null, today.minusDays(3),
                "生产车间、仓库", "查阅安全生产责任制、教育培训记录,检查生产现场。", team, List.of(
                        new NewInspection.FindingInput(null, "安全出口被成品货物堵塞", false),
                        new NewInspection.FindingInput(null, "配电箱未上锁,箱门缺失警示标识", false)),
                Set.of(OnSiteMeasure.RECTIFY), "责令限期整改", today.plusDays(12)), WritKind.RECTIFY_ORDER));
        UUID d2 = draw.drawnEnterprises().get(1).id();
        inspected.add(inspect(new NewInspection(d2, InspectionMode.DOUBLE_RANDOM, drawId, null, today.minusDays(2),
                "厂区", "现场检查未发现违法行为。", team, List.of(), Set.of(), null, null), null));
        // 四不两直 at A
        inspected.add(inspect(new NewInspection(a, InspectionMode.FOUR_NOS, null, null, today.minusDays(20),
                "一号车间冲压线", "不发通知、不打招呼,直奔冲压车间,检查设备安全联锁和作业人员操作。", usual, List.of(
                        new NewInspection.FindingInput(null, "冲床光电保护装置被短接", false)),
                Set.of(OnSiteMeasure.RECTIFY, OnSiteMeasure.STOP_USE), "停止使用2号冲床,恢复光电保护装置后方可使用",
                today.plusDays(7)), WritKind.RECTIFY_ORDER, WritKind.SITE_MEASURE, WritKind.RECHECK_OPINION));
        // 明查 at B, with a major hazard: becomes the case below
        UUID bInspection = inspect(new NewInspection(b, InspectionMode.OPEN, null, null, today.minusDays(15),
                "罐区、装卸区", "检查危险化学品储存和装卸作业。", usual, List.of(
                        new NewInspection.FindingInput(null, "重大危险源储罐区可燃气体检测报警装置失效,未及时维修", true),
                        new NewInspection.FindingInput(null, "装卸作业现场无专人监护", false)),
                Set.of(OnSiteMeasure.RECTIFY, OnSiteMeasure.EVACUATE), "撤出罐区作业人员,修复报警装置前停止装卸作业",
                today.plusDays(5)), WritKind.RECTIFY_ORDER, WritKind.SITE_MEASURE);
        inspected.add(bInspection);
        // other modes on other enterprises of the county
        List<TargetView> others = directory.targets(new EnterpriseFilter(null, null, null, null,
                EnterpriseStatus.OPERATING, null), PageRequest.of(0, 40, Sort.by("name", "id"))).getContent().stream()
                .filter(t -> !inspected.contains(t.id()) && !t.id().equals(a) && !t.id().equals(b)).toList();
        InspectionMode[] modes = {InspectionMode.COVERT, InspectionMode.JOINT, InspectionMode.PRINCIPAL_DUTY,
            InspectionMode.ONLINE, InspectionMode.CROSS, InspectionMode.REMOTE_CROSS};
        for (int i = 0; i < modes.length && i < others.size(); i++) {
            boolean finding = i % 2 == 0;
            inspect(new NewInspection(others.get(i).id(), modes[i], null, null, today.minusDays(30 + 7L * i),
                    "生产经营场所", modes[i].label() + ":检查安全生产管理制度落实和现场安全状况。", usual,
                    finding ? List.of(new NewInspection.FindingInput(null, "从业人员未按规定佩戴劳动防护用品", false))
                            : List.of(), finding ? Set.of(OnSiteMeasure.RECTIFY) : Set.of(), null,
                    finding ? today.plusDays(10) : null), finding ? WritKind.RECTIFY_ORDER : null);
        }

        // the case against B: 一案双罚, lightened after the statement, paid and closed
        UUID c = cases.file(new NewCase(b, bInspection, "未对安全设备进行经常性维护、保养",
                "你单位重大危险源储罐区可燃气体检测报警装置失效后未及时维修,仍组织装卸作业,违反《中华人民共和国安全生产法》第三十六条第一款的规定。"),
                null);
        writs.issue(WritKind.CASE_FILING, c);
        act(c, new CaseCommand(CaseAction.INVESTIGATE, "现场检查记录、照片6张、询问笔录2份、设备维护台账复印件。", null, null,
                null, null, null, null, null, null));
        act(c, new CaseCommand(CaseAction.NOTIFY, null, null, Set.of(CaseMeasure.FINE, CaseMeasure.DUAL_FINE,
                CaseMeasure.RECTIFY), new BigDecimal("60000"), "李化工", new BigDecimal("12000"), today.plusDays(10),
                null, null));
        writs.issue(WritKind.PENALTY_NOTICE, c);
        act(c, new CaseCommand(CaseAction.STATEMENT, "对违法事实无异议;报警装置已于次日修复,请求从轻处罚。", null, null, null,
                null, null, null, null, false));
        act(c, new CaseCommand(CaseAction.DECIDE, "依据《中华人民共和国安全生产法》第九十九条第(二)项、第九十四条,考虑当事人及时改正,从轻处罚。",
                null, Set.of(CaseMeasure.FINE, CaseMeasure.DUAL_FINE, CaseMeasure.RECTIFY), new BigDecimal("50000"),
                "李化工", new BigDecimal("10000"), today.plusDays(10), null, null));
        writs.issue(WritKind.PENALTY_DECISION, c);
        act(c, CaseCommand.of(CaseAction.EXECUTE, null));
        act(c, new CaseCommand(CaseAction.PAY, null, today, null, null, null, null, null, null, null));
        act(c, CaseCommand.of(CaseAction.CLOSE, null));
        writs.issue(WritKind.CASE_CLOSING, c);

        // the closed case as a typical case: 示范县 submits it, 示范市 accepts it and publishes it to the counties below
        UUID typical = typicalCases.mark(new NewTypicalCase(c, "某化工企业可燃气体检测报警装置失效仍组织装卸作业被一案双罚案",
                "执法人员在双随机检查中发现,该企业重大危险源储罐区可燃气体检测报警装置失效后未及时维修,仍组织装卸作业。"
                        + "执法机构依法对企业及其主要负责人分别处以罚款,并责令限期整改。",
                "安全设备必须经常性维护、保养并定期检测;报警装置失效时应立即停止相关作业。重大危险源企业的主要负责人须"
                        + "对安全设备的完好负责,一案双罚让责任落到人。",
                List.of("危险化学品", "重大危险源", "一案双罚")), null);
        typicalCases.submit(typical, typicalCases.get(typical).version());
        runAs("city.yjj");
        typicalCases.accept(typical, typicalCases.get(typical).version());
        typicalCases.publish(typical, typicalCases.get(typical).version());
        runAs("county.yjj");

        // a case at A under investigation
        UUID c2 = cases.file(new NewCase(a, null, "安全设备安全联锁装置被短接",
                "你单位2号冲床光电保护装置被短接后仍在使用,涉嫌违反《中华人民共和国安全生产法》第三十六条的规定。"), null);
        act(c2, new CaseCommand(CaseAction.INVESTIGATE, "现场检查记录、照片3张。", null, null, null, null, null, null, null,
                null));

        crackdown(today);
    }

    /**
     * 打非治违 filings of the county office (seed 003 item 20): this year's filings laid out, the current month's
     * 调度 filed on time, next year's 打击治理重点及措施 filed early (on time), and one filing made after its due day
     * (this year's 重点及措施 once January is over, otherwise last year's); the rest are due (or overdue).
     */
    private void crackdown(LocalDate today) {
        runAs("county.yjj");
        int year = today.getYear();
        List<Crackdowns.ItemView> now = crackdowns.open(year);
        Crackdowns.ItemView dispatch = now.stream().filter(i -> i.kind() == CrackdownKind.DISPATCH
                && i.period() == today.getMonthValue()).findFirst().orElseThrow();
        crackdowns.file(dispatch.id(), dispatch.version(), today.getMonthValue() + "月打非治违调度:排查非法违法生产经营建设"
                + "行为线索5条,已立案查处1起,移交住建部门1起;下月重点整治无证经营危险化学品和违规动火作业。");
        Crackdowns.ItemView next = crackdowns.open(year + 1).stream().filter(i -> i.kind() == CrackdownKind.FOCUS)
                .findFirst().orElseThrow();
        crackdowns.file(next.id(), next.version(), (year + 1) + "年打击治理重点:无证经营危险化学品、有限空间违规作业、"
                + "建筑施工违法分包转包;措施:一月一调度、半年一小结,部门联合执法,典型案例曝光。");
        Crackdowns.ItemView focus = now.stream().filter(i -> i.kind() == CrackdownKind.FOCUS).findFirst()
                .orElseThrow();
        if (!focus.dueDate().isBefore(today)) {
            focus = crackdowns.open(year - 1).stream().filter(i -> i.kind() == CrackdownKind.FOCUS).findFirst()
                    .orElseThrow();
        }
        crackdowns.file(focus.id(), focus.version(), focus.year() + "年打击治理重点及措施(逾期补报):整治非法储存危险化学品、"
                + "无证开采,落实部门联合执法和举报奖励。");
    }

    private UUID inspect(NewInspection n, WritKind... extra) {
        UUID id = inspections.record(n, null);
        writs.issue(WritKind.SITE_RECORD, id);
        for (WritKind k : extra == null ? new WritKind[0] : extra) {
            if (k != null) {
                writs.issue(k, id);
            }
        }
        return id;
    }

    private void act(UUID caseId, CaseCommand command) {
        cases.transition(caseId, cases.versionOf(caseId), command);
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
