package org.zhiben.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.zhiben.accident.zero.UnitGroup;
import org.zhiben.accident.zero.ZeroAccidents;
import org.zhiben.accident.zero.ZeroReports;
import org.zhiben.accident.zero.ZeroTeams;
import org.zhiben.accident.zero.MeetingKind;
import org.zhiben.common.Zones;
import org.zhiben.identity.CurrentUser;

/**
 * A city 零事故 creation campaign like seed 004's, in 示范市: three years from last year with the seed's targets
 * (村(社区) 75/78/80 %, 企事业单位 85/88/90 %), the seed's calendar, the roster built from the region tree and the
 * registry (the demo accidents veto their units on the way), 示范县's contacts and its 附表1 submission. Skipped once
 * a campaign exists.
 */
@Component
@Order(61)
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class ZeroAccidentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ZeroAccidentDemoData.class);

    private final ZeroAccidents zero;
    private final ZeroReports reports;
    private final ZeroTeams teams;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;
    private final Clock clock;

    ZeroAccidentDemoData(ZeroAccidents zero, ZeroReports reports, ZeroTeams teams, UserDetailsService userDetails,
            TransactionTemplate tx, Clock clock) {
        this.zero = zero;
        this.reports = reports;
        this.teams = teams;
        this.userDetails = userDetails;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        try {
            runAs("city.yjj");
            if (!zero.campaigns().isEmpty()) {
                return;
            }
            tx.executeWithoutResult(status -> seed());
            log.info("Demo 零事故 creation campaign seeded in 示范市 in {} ms", DemoData.millisSince(start));
        } catch (UsernameNotFoundException noDemoUsers) {
            log.info("Demo users missing, no demo 零事故 campaign");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        int first = LocalDate.now(clock.withZone(Zones.CHINA)).getYear() - 1;
        List<ZeroAccidents.TargetData> targets = new ArrayList<>();
        int[][] seed = {{75, 85}, {78, 88}, {80, 90}};
        for (int i = 0; i < 3; i++) {
            targets.add(new ZeroAccidents.TargetData(first + i, UnitGroup.VILLAGE, BigDecimal.valueOf(seed[i][0])));
            targets.add(new ZeroAccidents.TargetData(first + i, UnitGroup.UNIT, BigDecimal.valueOf(seed[i][1])));
        }
        runAs("city.yjj");
        UUID campaign = zero.create(new ZeroAccidents.NewCampaign("990100000000", "示范市人民政府安全生产委员会办公室",
                "全市“零事故”单位创建工作实施方案", "示安办发〔" + first + "〕16号", LocalDate.of(first - 1, 12, 31), null,
                first, first + 2, targets, null), null);
        zero.buildRoster(campaign);
        runAs("county.yjj");
        reports.setContact(campaign, new ZeroReports.ContactData(ZeroReports.OrgKind.REGION, "990101000000", null,
                ZeroReports.Duty.IN_CHARGE, "孙某某", "县应急管理局副局长", "0349-0000101", null));
        reports.setContact(campaign, new ZeroReports.ContactData(ZeroReports.OrgKind.REGION, "990101000000", null,
                ZeroReports.Duty.LIAISON, "周某某", "县应急管理局安全生产基础科科员", "0349-0000102", null));
        reports.submit(campaign, new ZeroReports.SubmissionRequest("CONTACTS", ZeroReports.OrgKind.REGION,
                "990101000000", null, null));
        reports.submit(campaign, new ZeroReports.SubmissionRequest("SURVEY", ZeroReports.OrgKind.REGION,
                "990101000000", null, null));
        meetings(campaign, first);
    }

    /**
     * 示范县's 专班 (registered with its contacts): last year a 调度会议 every month but August and a 现场会 in every
     * quarter but the third; this year a 调度会议 in each month before the current one and a 现场会 in each quarter
     * already over.
     */
    private void meetings(UUID campaign, int last) {
        UUID county = teams.teams(campaign).stream().filter(t -> t.orgCode().equals("990101000000")).findFirst()
                .orElseThrow().id();
        for (int m = 1; m <= 12; m++) {
            if (m != 8) {
                meeting(county, LocalDate.of(last, m, 20), MeetingKind.DISPATCH, m + "月“零事故”创建工作调度会议");
            }
        }
        meeting(county, LocalDate.of(last, 3, 28), MeetingKind.ONSITE, "第一季度现场观摩会(东关镇)");
        meeting(county, LocalDate.of(last, 6, 30), MeetingKind.ONSITE, "第二季度现场观摩会(西河镇)");
        meeting(county, LocalDate.of(last, 12, 18), MeetingKind.ONSITE, "第四季度现场推进会");
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        for (int m = 1; m < today.getMonthValue(); m++) {
            meeting(county, LocalDate.of(last + 1, m, 15), MeetingKind.DISPATCH, m + "月“零事故”创建工作调度会议");
            if (m % 3 == 0) {
                meeting(county, LocalDate.of(last + 1, m, 25), MeetingKind.ONSITE, "第" + (m / 3) + "季度现场观摩会");
            }
        }
    }

    private void meeting(UUID team, LocalDate on, MeetingKind kind, String title) {
        teams.record(team, new ZeroTeams.MeetingData(on, kind, title, "县专班组长、副组长,各乡镇和县直部门联络员",
                "个别村(社区)创建台账不全", "月底前补齐台账,下次会议通报进展"), List.of(), null);
    }

    private CurrentUser runAs(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
