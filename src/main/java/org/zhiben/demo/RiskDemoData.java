package org.zhiben.demo;

import static org.zhiben.risk.AssessmentKind.INHERENT;
import static org.zhiben.risk.AssessmentKind.RESIDUAL;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.identity.CurrentUser;
import org.zhiben.risk.AccidentType;
import org.zhiben.risk.AnalysisObjectData;
import org.zhiben.risk.AnalysisUnitData;
import org.zhiben.risk.AssessmentData;
import org.zhiben.risk.AssessmentKind;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.CheckCycleUnit;
import org.zhiben.risk.ControlLevel;
import org.zhiben.risk.ControlMeasureData;
import org.zhiben.risk.DirectBasis;
import org.zhiben.risk.MeasureCategory;
import org.zhiben.risk.ObjectKind;
import org.zhiben.risk.assessment.RiskAssessments;
import org.zhiben.risk.RiskEventData;
import org.zhiben.risk.RiskInventory;

/**
 * Risk inventories of demo enterprises A (machinery) and B (chemicals, with a major hazard source): units of all four
 * levels, assessed by LEC, LS, MES and direct judgment, entered by the enterprises' own users through the public
 * services. Runs after {@link DemoData}; skipped once enterprise A has an inventory.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class RiskDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RiskDemoData.class);

    private final RiskInventory inventory;
    private final RiskAssessments assessments;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;

    RiskDemoData(RiskInventory inventory, RiskAssessments assessments, UserDetailsService userDetails,
            TransactionTemplate tx) {
        this.inventory = inventory;
        this.assessments = assessments;
        this.userDetails = userDetails;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            UUID a = runAs("ent.a.safety").enterpriseId();
            if (!inventory.objects(a, PageRequest.of(0, 1)).isEmpty()) {
                return;
            }
            tx.executeWithoutResult(status -> {
                seedA(runAs("ent.a.safety").enterpriseId());
                seedB(runAs("ent.b.boss").enterpriseId());
            });
            log.info("Demo risk inventories seeded for enterprises A and B in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo risk inventories");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** 示范精密机械制造有限公司: presses, lifting, painting, dust, power room. */
    private void seedA(UUID a) {
        UUID press = inventory.addObject(a, new AnalysisObjectData(ObjectKind.EQUIPMENT, "冲压车间开式冲床", false, null), null);
        UUID pressUnit = inventory.addUnit(press, unit("冲床送料与取件", "冲压车间", "刘班长", ControlLevel.WORKSHOP), null);
        UUID pinch = inventory.addEvent(pressUnit, event("送料时手部进入冲模区被冲压", "2102", AccidentType.MECHANICAL_INJURY), null);
        measure(pinch, "加装光电保护装置并与离合器联锁", MeasureCategory.ENGINEERING, "安全仪表", "设备科 孙工", 1, CheckCycleUnit.DAY);
        measure(pinch, "每班开机前点检双手操作按钮和急停", MeasureCategory.MAINTENANCE, "关键设备", "刘班长", 1, CheckCycleUnit.DAY);
        measure(pinch, "冲床操作工经培训考核合格后上岗,使用送料工具", MeasureCategory.OPERATION, "人员资质", "王安全", 1, CheckCycleUnit.MONTH);
        assess(pinch, INHERENT, lec("6", "6", "15"));    // D = 540 重大
        assess(pinch, RESIDUAL, lec("1", "6", "15"));    // D = 90 一般

        UUID lifting = inventory.addObject(a, new AnalysisObjectData(ObjectKind.ACTIVITY, "桥式起重机吊装作业", false, null), null);
        UUID liftingUnit = inventory.addUnit(lifting, unit("装配车间工件吊装", "装配车间", "陈班长", ControlLevel.WORKSHOP), null);
        UUID drop = inventory.addEvent(liftingUnit, new RiskEventData("吊索具断裂导致吊物坠落砸伤", "2101",
                Set.of(AccidentType.LIFTING_INJURY, AccidentType.OBJECT_STRIKE)), null);
        measure(drop, "吊索具每日使用前检查,达到报废标准立即更换", MeasureCategory.MAINTENANCE, "关键设备", "陈班长", 1, CheckCycleUnit.DAY);
        measure(drop, "司索、指挥人员持证上岗,吊物下方严禁站人", MeasureCategory.OPERATION, "人员资质", "陈班长", 1, CheckCycleUnit.WEEK);
        assess(drop, INHERENT, ls("4", "4"));             // R = 16 较大

        UUID paint = inventory.addObject(a, new AnalysisObjectData(ObjectKind.AREA, "喷涂车间喷漆房", false, null), null);
        UUID paintUnit = inventory.addUnit(paint, unit("喷漆作业", "喷涂车间", "黄主任", ControlLevel.WORKSHOP), null);
        UUID vapour = inventory.addEvent(paintUnit, new RiskEventData("漆雾及有机溶剂蒸气遇点火源燃爆", "2201",
                Set.of(AccidentType.FIRE, AccidentType.OTHER_EXPLOSION)), null);
        measure(vapour, "防爆电气与机械通风,可燃气体浓度报警", MeasureCategory.ENGINEERING, "安全仪表", "黄主任", 1, CheckCycleUnit.WEEK);
        measure(vapour, "喷漆房内严禁动火,配备灭火器材并定期演练", MeasureCategory.EMERGENCY, "应急预案", "黄主任", 6, CheckCycleUnit.MONTH);
        assess(vapour, INHERENT, mes("5", "6", "8"));    // R = 240 重大
        assess(vapour, RESIDUAL, mes("3", "6", "8"));    // R = 144 较大

        UUID dust = inventory.addObject(a, new AnalysisObjectData(ObjectKind.AREA, "抛光打磨区(铝粉尘)", false, null), null);
        UUID dustUnit = inventory.addUnit(dust, unit("抛光除尘系统", "设备科", "孙工", ControlLevel.COMPANY), null);
        UUID blast = inventory.addEvent(dustUnit, new RiskEventData("铝粉尘在除尘管道内积聚遇火花爆炸", "2201",
                Set.of(AccidentType.OTHER_EXPLOSION, AccidentType.SCALD_BURN)), null);
        measure(blast, "除尘系统设置锁气卸灰、泄爆和火花探测装置", MeasureCategory.ENGINEERING, "安全仪表", "孙工", 1, CheckCycleUnit.WEEK);
        measure(blast, "按规定时间清理积尘并记录", MeasureCategory.MAINTENANCE, "工艺控制", "孙工", 1, CheckCycleUnit.DAY);
        assess(blast, INHERENT, new AssessmentData(INHERENT, AssessmentMethod.DIRECT, Map.of(),
                DirectBasis.MAJOR_ACCIDENT_HAZARD_CRITERION,
                "工贸企业重大事故隐患判定标准 粉尘爆炸:除尘系统采用正压吹送粉尘,且未采取可靠的防范点燃源的措施"));

        UUID power = inventory.addObject(a, new AnalysisObjectData(ObjectKind.AREA, "厂区配电室", false, null), null);
        UUID powerUnit = inventory.addUnit(power, unit("低压配电柜", "设备科", "周电工", ControlLevel.POST), null);
        UUID shock = inventory.addEvent(powerUnit, event("检修时误触带电部位触电", "2103", AccidentType.ELECTROCUTION), null);
        measure(shock, "停电、验电、挂牌上锁后检修", MeasureCategory.OPERATION, "人员资质", "周电工", 1, CheckCycleUnit.MONTH);
        assess(shock, INHERENT, lec("1", "3", "7"));      // D = 21 低

        // an industry accident elsewhere: the lifting unit is to be reassessed now
        assessments.bringForwardReassessment(liftingUnit, "同行业发生起重伤害事故,类比排查后提前复评");
    }

    /** 示范化工有限公司: a liquid ammonia tank farm (major hazard source), reactors, loading, confined spaces. */
    private void seedB(UUID b) {
        UUID tanks = inventory.addObject(b, new AnalysisObjectData(ObjectKind.EQUIPMENT, "液氨储罐区", true,
                "WHY-990101-0001"), null);
        UUID tankUnit = inventory.addUnit(tanks, unit("液氨储罐及输送管线", "储运部", "赵安全", ControlLevel.COMPANY), null);
        UUID leak = inventory.addEvent(tankUnit, new RiskEventData("储罐或管线泄漏,液氨气化扩散致人员中毒", "2202",
                Set.of(AccidentType.POISONING_ASPHYXIA, AccidentType.VESSEL_EXPLOSION)), null);
        measure(leak, "氨气泄漏报警与紧急切断阀联锁", MeasureCategory.ENGINEERING, "安全仪表", "赵安全", 1, CheckCycleUnit.DAY);
        measure(leak, "储罐区每2小时巡检一次并记录液位、压力", MeasureCategory.MAINTENANCE, "关键设备", "储运班组", 2, CheckCycleUnit.HOUR);
        measure(leak, "配置正压式空气呼吸器,每月检查;岗位应急处置卡上墙", MeasureCategory.EMERGENCY, "应急预案", "赵安全", 1, CheckCycleUnit.MONTH);
        assess(leak, INHERENT, new AssessmentData(INHERENT, AssessmentMethod.DIRECT, Map.of(),
                DirectBasis.MAJOR_HAZARD_SOURCE, null));
        assess(leak, RESIDUAL, lec("0.5", "10", "40"));  // D = 200 较大 as scored; the event stays 重大 (direct)

        UUID reactor = inventory.addObject(b, new AnalysisObjectData(ObjectKind.ACTIVITY, "反应釜投料作业", false, null), null);
        UUID reactorUnit = inventory.addUnit(reactor, unit("1号反应釜投料与升温", "生产一车间", "钱主任", ControlLevel.WORKSHOP), null);
        UUID runaway = inventory.addEvent(reactorUnit, new RiskEventData("投料过快导致超温超压,反应失控", "1202",
                Set.of(AccidentType.FIRE, AccidentType.VESSEL_EXPLOSION)), null);
        measure(runaway, "温度、压力与进料阀联锁,设置安全阀和爆破片", MeasureCategory.ENGINEERING, "工艺控制", "钱主任", 1, CheckCycleUnit.DAY);
        measure(runaway, "严格执行操作规程,交接班确认联锁投用", MeasureCategory.OPERATION, "交接班", "当班班长", 1, CheckCycleUnit.DAY);
        assess(runaway, INHERENT, ls("3", "5"));          // R = 15 较大
        assess(runaway, RESIDUAL, ls("2", "5"));          // R = 10 一般

        UUID confined = inventory.addObject(b, new AnalysisObjectData(ObjectKind.ACTIVITY, "储罐清洗有限空间作业", false, null), null);
        UUID confinedUnit = inventory.addUnit(confined, unit("清罐作业", "设备部", "孙主管", ControlLevel.WORKSHOP), null);
        UUID asphyxia = inventory.addEvent(confinedUnit, event("未通风检测进入罐内导致中毒窒息", "1202",
                AccidentType.POISONING_ASPHYXIA), null);
        measure(asphyxia, "先通风、再检测、后作业,作业全程监护", MeasureCategory.OPERATION, "个体防护", "孙主管", 1, CheckCycleUnit.WEEK);
        assess(asphyxia, INHERENT, lec("6", "2", "40"));  // D = 480 重大
        assess(asphyxia, RESIDUAL, lec("3", "2", "40"));  // D = 240 较大

        UUID loading = inventory.addObject(b, new AnalysisObjectData(ObjectKind.AREA, "槽车装卸栈台", false, null), null);
        UUID loadingUnit = inventory.addUnit(loading, unit("甲醇槽车装卸", "储运部", "装卸班组长", ControlLevel.TEAM), null);
        UUID spark = inventory.addEvent(loadingUnit, event("装卸时静电积聚放电引燃甲醇蒸气", "2103", AccidentType.FIRE), null);
        measure(spark, "槽车静电接地报警器,接地良好方可装卸", MeasureCategory.ENGINEERING, "安全仪表", "装卸班组长", 1, CheckCycleUnit.DAY);
        assess(spark, INHERENT, mes("3", "3", "8"));      // R = 72 一般
        assess(spark, RESIDUAL, mes("1", "3", "8"));      // R = 24 低
    }

    private static AnalysisUnitData unit(String name, String department, String person, ControlLevel level) {
        return new AnalysisUnitData(name, department, person, level);
    }

    private static RiskEventData event(String description, String factor, AccidentType type) {
        return new RiskEventData(description, factor, Set.of(type));
    }

    private void measure(UUID event, String description, MeasureCategory category, String subcategory, String person,
            int cycle, CheckCycleUnit unit) {
        inventory.addMeasure(event, new ControlMeasureData(description, category, subcategory, person, cycle, unit), null);
    }

    private void assess(UUID event, AssessmentKind kind, AssessmentData data) {
        assessments.assess(event, new AssessmentData(kind, data.method(), data.inputs(), data.directBasis(),
                data.directCriterion()), null);
    }

    private static AssessmentData lec(String l, String e, String c) {
        return scored(AssessmentMethod.LEC, "l", l, "e", e, "c", c);
    }

    private static AssessmentData ls(String l, String s) {
        return scored(AssessmentMethod.LS, "l", l, "s", s);
    }

    private static AssessmentData mes(String m, String e, String s) {
        return scored(AssessmentMethod.MES, "m", m, "e", e, "s", s);
    }

    /** Kind is set by {@link #assess}. */
    private static AssessmentData scored(AssessmentMethod method, String... factorValues) {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        for (int i = 0; i < factorValues.length; i += 2) {
            inputs.put(factorValues[i], new BigDecimal(factorValues[i + 1]));
        }
        return new AssessmentData(INHERENT, method, inputs, null, null);
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
