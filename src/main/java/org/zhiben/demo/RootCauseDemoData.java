package org.zhiben.demo;

import java.time.LocalDate;
import java.util.List;
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
import org.zhiben.accident.rootcause.CauseFactor;
import org.zhiben.accident.rootcause.RootCauses;
import org.zhiben.accident.rootcause.RootCauses.AnalysisData;
import org.zhiben.accident.rootcause.RootCauses.CauseData;
import org.zhiben.accident.rootcause.RootCauses.MeasureData;
import org.zhiben.accident.rootcause.RootCauses.PersonData;
import org.zhiben.accident.rootcause.SubjectKind;
import org.zhiben.accident.rootcause.TopicKind;
import org.zhiben.identity.CurrentUser;

/**
 * Root-cause analyses (溯源, 五步工作法) in 示范县, through the service as the demo users: the concealed fall at
 * enterprise A and the poisoning at enterprise B written by the county, A's dust-explosion major hazard written by
 * A's safety manager, and the county bureau's 一月一专题 for this month picked from the recurring causes. Skipped
 * once the county sees any analysis, or when the demo accidents or hazard are missing. All names are fictional.
 */
@Component
@Order(62)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class RootCauseDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RootCauseDemoData.class);

    private final RootCauses rootCauses;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;

    RootCauseDemoData(RootCauses rootCauses, UserDetailsService userDetails, TransactionTemplate tx) {
        this.rootCauses = rootCauses;
        this.userDetails = userDetails;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            runAs("county.yjj");
            if (!rootCauses.list(RootCauses.Filter.none(), org.springframework.data.domain.PageRequest.of(0, 1))
                    .isEmpty()) {
                return;
            }
            Boolean seeded = tx.execute(status -> seed());
            log.info(Boolean.TRUE.equals(seeded) ? "Demo root-cause analyses seeded in 示范县 in {} ms"
                    : "Demo accidents or major hazard missing, no demo root-cause analyses ({} ms)",
                    DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo root-cause analyses");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private boolean seed() {
        LocalDate today = rootCauses.today();
        runAs("county.yjj");
        UUID fall = find(rootCauses.accidents(), "成品库房货架");
        UUID poisoning = find(rootCauses.accidents(), "污水处理池");
        runAs("ent.a.safety");
        UUID dust = find(rootCauses.majorHazards(), "泄爆");
        if (fall == null || poisoning == null || dust == null) {
            return false;
        }

        runAs("county.yjj");
        rootCauses.start(new RootCauses.NewAnalysis(SubjectKind.ACCIDENT, fall, new AnalysisData(
                "成品库房作业人员登高取货时未使用登高作业平台,攀爬货架坠落,经抢救无效死亡;企业未按规定报告,"
                        + "两周后经医院死亡记录核查发现。",
                null,
                List.of(new CauseData(CauseFactor.PERSON, "P02", "作业人员攀爬货架取货,违反登高作业规程"),
                        new CauseData(CauseFactor.MACHINE, "M03", "库房未配备登高作业平台和安全带"),
                        new CauseData(CauseFactor.MANAGEMENT, "G05", "登高作业无审批、无人监护"),
                        new CauseData(CauseFactor.MANAGEMENT, "G01", "主要负责人未履行事故报告职责,隐瞒不报")),
                List.of(new PersonData("钱库管", "成品库房主管", "未制止违规登高作业,负直接管理责任"),
                        new PersonData("张示范", "主要负责人", "未按规定报告事故,负瞒报责任")),
                "库房主管负责登高作业审批和现场监护;安全管理人员每周检查库房登高设施;主要负责人对事故报告负总责,"
                        + "发生事故1小时内报告县应急管理局。",
                List.of(new MeasureData("成品库房配备移动式登高作业平台和全身式安全带", "王安全", today.plusDays(15),
                                false),
                        new MeasureData("建立登高作业审批和监护制度,纳入班前会", "王安全", today.minusDays(2), true),
                        new MeasureData("全员开展事故报告法规培训并考试", "张示范", today.plusDays(30), false)))),
                null);
        rootCauses.start(new RootCauses.NewAnalysis(SubjectKind.ACCIDENT, poisoning, new AnalysisData(
                "作业人员清理污水处理池时中毒,施救人员盲目施救后下落不明,造成两人死亡、一人失踪、一人重伤。",
                null,
                List.of(new CauseData(CauseFactor.ENVIRONMENT, "E02", "污水池内硫化氢浓度超标,属有限空间"),
                        new CauseData(CauseFactor.MANAGEMENT, "G05", "有限空间作业未审批,未检测、未通风、无人监护"),
                        new CauseData(CauseFactor.PERSON, "P04", "施救人员未佩戴呼吸器盲目施救"),
                        new CauseData(CauseFactor.MANAGEMENT, "G07", "未配备应急救援器材,未开展有限空间救援演练")),
                List.of(new PersonData("孙班长", "污水处理班班长", "安排未经审批的有限空间作业,负直接责任"),
                        new PersonData("赵安全", "安全管理人员", "未落实有限空间作业管理制度,负管理责任")),
                "有限空间作业实行“先通风、再检测、后作业”,由安全管理人员审批、班长现场监护;严禁盲目施救。",
                List.of(new MeasureData("配备四合一气体检测仪、正压式空气呼吸器和三脚架", "赵安全", today.plusDays(10),
                                false),
                        new MeasureData("修订有限空间作业审批制度并张贴告知牌", "赵安全", today.minusDays(1), false),
                        new MeasureData("每半年开展一次有限空间救援演练", "李化工", today.plusDays(60), false)))),
                null);

        runAs("ent.a.safety");
        rootCauses.start(new RootCauses.NewAnalysis(SubjectKind.HAZARD, dust, new AnalysisData(
                "抛光车间除尘器未设置泄爆装置,铝镁粉尘积聚,存在粉尘爆炸风险,由外部专家排查发现。",
                null,
                List.of(new CauseData(CauseFactor.MACHINE, "M02", "除尘器未设泄爆片和隔爆阀"),
                        new CauseData(CauseFactor.MANAGEMENT, "G08", "除尘系统改造未经专业设计和变更审查"),
                        new CauseData(CauseFactor.MANAGEMENT, "G04", "日常排查未识别粉尘爆炸风险")),
                List.of(new PersonData("周设备", "设备科科长", "除尘系统改造未按规范设计,负直接责任")),
                "设备科负责除尘系统的设计审查和变更管理;安全管理人员将粉尘防爆纳入每月专项排查。",
                List.of(new MeasureData("加装泄爆片和隔爆阀并检测", "周设备", today.plusDays(20), true),
                        new MeasureData("制定粉尘清扫制度,每班清扫并记录", "王安全", today.plusDays(30), false)))),
                null);

        runAs("county.yjj");
        rootCauses.pick(new RootCauses.TopicData(TopicKind.MONTHLY, today.toString().substring(0, 7), "G05",
                "危险作业审批和现场监护专项治理", "近期两起事故均因登高、有限空间等危险作业未审批、无人监护,"
                + "本月集中开展危险作业专项治理。"), null);
        return true;
    }

    private static UUID find(List<RootCauses.SubjectOption> options, String text) {
        return options.stream().filter(o -> o.title().contains(text)).map(RootCauses.SubjectOption::id).findFirst()
                .orElse(null);
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
