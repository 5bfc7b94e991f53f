package org.zhiben.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.zhiben.accident.AccidentAction;
import org.zhiben.accident.AccidentFlag;
import org.zhiben.accident.Accidents;
import org.zhiben.accident.Casualties;
import org.zhiben.accident.NewAccident;
import org.zhiben.accident.ReportLevel;
import org.zhiben.accident.SpecialKind;
import org.zhiben.identity.CurrentUser;

/**
 * Five fictional accidents in 示范县, through the accident service as the demo users: a general one at enterprise A
 * just reported (its clock running), a chemical poisoning at B regraded to 较大 by a supplementary report and under
 * investigation, a drowning in a village (a unit outside the registry) investigated and closed, a fall at A concealed
 * and found later (瞒报, 迟报), and a duplicate report voided. Skipped once the county sees any accident.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class AccidentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccidentDemoData.class);

    private final Accidents accidents;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;
    private final Clock clock;

    AccidentDemoData(Accidents accidents, UserDetailsService userDetails, TransactionTemplate tx, Clock clock) {
        this.accidents = accidents;
        this.userDetails = userDetails;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            runAs("county.yjj");
            if (accidents.countVisible() > 0) {
                return;
            }
            tx.executeWithoutResult(status -> seed());
            log.info("Demo accidents seeded in 示范县 in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo accidents");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        Instant now = clock.instant();
        UUID a = runAs("ent.a.safety").enterpriseId();
        UUID b = runAs("ent.b.boss").enterpriseId();

        // A: just reported by the enterprise, on time; the county has two hours to report to the city
        runAs("ent.a.safety");
        accidents.report(report(a, null, null, "一号车间冲压线", now.minus(Duration.ofMinutes(50)),
                now.minus(Duration.ofMinutes(45)), null, "03", SpecialKind.NONE, 0, 0, 1, "38000",
                "操作工在更换模具时未关闭电源,冲床误动作压伤左手", "安全联锁装置被短接"), null);

        // B: reported by phone to the county 10 days ago, two dead; one missing found on the supplementary report
        runAs("county.yjj");
        Instant occurredB = now.minus(Duration.ofDays(10));
        UUID poisoning = accidents.report(report(b, null, null, "污水处理池", occurredB,
                occurredB.plus(Duration.ofMinutes(15)), occurredB.plus(Duration.ofMinutes(50)), "19", SpecialKind.NONE,
                2, 0, 1, "1800000", "清理污水池时两名作业人员中毒,施救人员一人下落不明", "有限空间作业未检测、未通风"), null);
        accidents.forward(poisoning, 0, ReportLevel.CITY, minutesAfter(occurredB, 120));
        accidents.supplement(poisoning, 1, new Casualties(2, 1, 1, new BigDecimal("2100000")), "施救人员一人失踪");
        runAs("city.yjj");
        accidents.forward(poisoning, 2, ReportLevel.PROVINCE, now);
        accidents.transition(poisoning, 3, command(AccidentAction.START_INVESTIGATION));

        // a village drowning (outside the registry), investigated by the county and closed
        runAs("county.yjj");
        Instant occurredV = now.minus(Duration.ofDays(45));
        UUID drowning = accidents.report(report(null, "990101200201", "南山村民委员会", "村东灌溉蓄水池", occurredV,
                occurredV.plus(Duration.ofMinutes(20)), occurredV.plus(Duration.ofMinutes(55)), "06",
                SpecialKind.NONE, 1, 0, 0, "0", "村民在未设防护栏的蓄水池边取水时落水溺亡", "蓄水池无防护栏、无警示标志"),
                null);
        accidents.forward(drowning, 0, ReportLevel.CITY, minutesAfter(occurredV, 150));
        long v = 1;
        for (AccidentAction step : new AccidentAction[] {AccidentAction.START_INVESTIGATION,
            AccidentAction.SUBMIT_REPORT, AccidentAction.REPLY, AccidentAction.START_RECTIFICATION,
            AccidentAction.CLOSE}) {
            accidents.transition(drowning, v++, step == AccidentAction.REPLY
                    ? new Accidents.Command(step, null, null, null, "同意调查报告,责成南山村委会一个月内完成蓄水池防护栏和警示标志")
                    : command(step));
        }

        // A: a fall concealed for two weeks, found from a hospital record (瞒报; the late first report is 迟报)
        Instant occurredC = now.minus(Duration.ofDays(20));
        UUID fall = accidents.report(report(a, null, null, "成品库房货架", occurredC, occurredC.plus(Duration.ofMinutes(5)),
                now.minus(Duration.ofDays(5)), "09", SpecialKind.NONE, 1, 0, 0, "900000",
                "作业人员登高取货时从货架坠落,经抢救无效死亡;企业未报告,经医院死亡记录核查发现", "未使用登高作业平台"), null);
        accidents.flag(fall, 0, AccidentFlag.CONCEALED, true);
        accidents.transition(fall, 1, command(AccidentAction.START_INVESTIGATION));

        // a duplicate report, voided
        runAs("ent.a.safety");
        UUID duplicate = accidents.report(report(a, null, null, "一号车间冲压线", now.minus(Duration.ofMinutes(50)),
                now.minus(Duration.ofMinutes(45)), null, "03", SpecialKind.NONE, 0, 0, 1, "38000",
                "冲床压伤左手(重复报告)", null), null);
        runAs("county.yjj");
        accidents.transition(duplicate, 0, new Accidents.Command(AccidentAction.VOID, null, "与同日冲床压伤事故重复报告",
                null, null));
    }

    private static Instant minutesAfter(Instant occurred, int minutes) {
        return occurred.plus(Duration.ofMinutes(minutes));
    }

    private static Accidents.Command command(AccidentAction action) {
        return new Accidents.Command(action, null, null, null, null);
    }

    private static NewAccident report(UUID enterpriseId, String regionCode, String unitName, String place,
            Instant occurred, Instant known, Instant firstReported, String category, SpecialKind kind, int deaths,
            int missing, int injuries, String loss, String summary, String cause) {
        return new NewAccident(enterpriseId, regionCode, unitName, regionCode == null ? Set.of() : Set.of("18"), place,
                occurred, known, firstReported, null, category, true, kind, deaths, missing, injuries,
                new BigDecimal(loss), summary, cause);
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
