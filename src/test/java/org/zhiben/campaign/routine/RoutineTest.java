package org.zhiben.campaign.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.ZhibenTest;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.Comparison;
import org.zhiben.campaign.NewPlan;
import org.zhiben.campaign.NewTask;
import org.zhiben.campaign.PlanLevel;
import org.zhiben.campaign.ProgressData;
import org.zhiben.campaign.ReportClaim;
import org.zhiben.campaign.TargetKind;
import org.zhiben.campaign.TaskState;
import org.zhiben.campaign.UnitKind;
import org.zhiben.campaign.UnitRole;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.common.document.PrintedPages;
import org.zhiben.identity.CurrentUser;

/**
 * The office's routine on a 东关镇 plan of its own (rolled back after each test), with the day passed in as the
 * clock: the monthly agenda holds exactly the tasks lagging (or escalated) that day; minutes write follow-ups onto
 * the tasks; filings are on time on the due date and late the day after; the drafted summary lists the tasks, their
 * states and the live metric's value and prints on A4; the final docx is signed with its SHA-256.
 */
@ZhibenTest
@Transactional
class RoutineTest {

    static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n%test filing\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Autowired
    Campaigns campaigns;
    @Autowired
    Routines routines;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void as(String username) {
        CurrentUser u = (CurrentUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }

    static ProgressData.Upload upload(String name, byte[] bytes) {
        return new ProgressData.Upload() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        };
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static NewTask.Unit office(String name) {
        return new NewTask.Unit(UnitRole.LEAD, UnitKind.OFFICE, null, name);
    }

    private static NewTask.Target deliverable(String phrase) {
        return new NewTask.Target(null, phrase, TargetKind.DELIVERABLE, "成果印发", null, null, null, null, null);
    }

    record Fixture(UUID plan, UUID t1, UUID t2, UUID t3, UUID t4) {
    }

    /**
     * Task 1 due 2024-12-31 with 95 % reported (in time on 12-31, 滞后 from 2025-01-01); task 2 due 2025-06-30 with
     * 70 % reported (ahead of its straight line in January 2025); task 3 bound to "open major hazards ≤ 0" in a
     * sector without any (met: 已完成); task 4 without milestones (未启动).
     */
    private Fixture fixture() {
        as("town.aj");
        UUID plan = campaigns.createPlan(new NewPlan("990101100000", PlanLevel.TOWN, "东关镇实施方案(日常工作测试)",
                "东关镇人民政府", "东政发〔2024〕9号", null, LocalDate.of(2024, 3, 22), LocalDate.of(2026, 12, 31), null,
                List.of("重大事故隐患动态清零行动")), null);
        UUID t1 = campaigns.addTask(plan, new NewTask(1, "1", "健全重大事故隐患自查自改常态化机制", Set.of(), null,
                List.of(office("镇工业办")), List.of(deliverable("2024年底前"))), null);
        UUID t2 = campaigns.addTask(plan, new NewTask(1, "2", "开展燃气安全专项整治", Set.of(), null,
                List.of(office("镇城建办")), List.of(deliverable("2025年6月底前"))), null);
        UUID t3 = campaigns.addTask(plan, new NewTask(1, "3", "重大事故隐患动态清零", Set.of("24"), null,
                List.of(office("镇安监站")), List.of(new NewTask.Target(null, "三年内", TargetKind.METRIC, null,
                        Comparison.AT_MOST, BigDecimal.ZERO, null, null, "hazard.major.open"))), null);
        UUID t4 = campaigns.addTask(plan, new NewTask(1, "4", "建立安全生产举报奖励机制", Set.of(), null,
                List.of(office("镇综治办")), List.of()), null);
        campaigns.report(t1, campaigns.version(t1), new ProgressData(ReportClaim.PROGRESS, 95, null, "机制草案已起草",
                null, List.of()));
        campaigns.report(t2, campaigns.version(t2), new ProgressData(ReportClaim.PROGRESS, 70, null, "已排查燃气用户",
                null, List.of()));
        return new Fixture(plan, t1, t2, t3, t4);
    }

    private static RoutineData.NewMeeting meeting(String month, LocalDate heldOn) {
        return new RoutineData.NewMeeting(month, heldOn, MeetingKind.DISPATCH, null, "镇政府三楼会议室");
    }

    private static List<UUID> agenda(Meeting m) {
        return m.getItems().stream().map(AgendaItem::getTaskId).toList();
    }

    @Test
    void theAgendaHoldsExactlyTheTasksLaggingThatDay() {
        Fixture f = fixture();
        Meeting december = routines.meeting(routines.createMeeting(f.plan(), meeting("2024-12",
                LocalDate.of(2024, 12, 31)), LocalDate.of(2024, 12, 31)));
        assertThat(agenda(december)).as("nothing lags on 2024-12-31, the day task 1 is due").isEmpty();
        assertThat(december.getTitle()).isEqualTo("2024年12月治本攻坚调度会");

        Meeting january = routines.meeting(routines.createMeeting(f.plan(), meeting("2025-01",
                LocalDate.of(2025, 1, 6)), LocalDate.of(2025, 1, 1)));
        assertThat(agenda(january)).containsExactly(f.t1());
        assertThat(january.getItems().get(0).getSource()).isEqualTo(AgendaSource.LAGGING);
        assertThat(january.getItems().get(0).getTopic()).startsWith("任务1 ").contains("2024-12-31");
        assertThat(january.getAgendaAsOf()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(campaigns.task(f.t2()).getState()).isEqualTo(TaskState.IN_PROGRESS);
        assertThat(campaigns.task(f.t3()).getState()).isEqualTo(TaskState.COMPLETED);
        assertThat(campaigns.task(f.t4()).getState()).isEqualTo(TaskState.NOT_STARTED);

        // a week of lagging later the ladder proposes 提示: the task is on the agenda as escalated
        Meeting february = routines.meeting(routines.createMeeting(f.plan(), meeting("2025-02",
                LocalDate.of(2025, 2, 10)), LocalDate.of(2025, 1, 8)));
        assertThat(agenda(february)).containsExactly(f.t1());
        assertThat(february.getItems().get(0).getSource()).isEqualTo(AgendaSource.ESCALATED);
        assertThat(february.getItems().get(0).getTopic()).contains("拟提示");

        assertThatThrownBy(() -> routines.createMeeting(f.plan(), meeting("2025-01", LocalDate.of(2025, 1, 20)),
                LocalDate.of(2025, 1, 20))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field()).isEqualTo("period"))
                .hasMessageContaining("已有");
        assertThatThrownBy(() -> routines.createMeeting(f.plan(), meeting("2025-03", LocalDate.of(2025, 4, 1)),
                LocalDate.of(2025, 3, 1))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field()).isEqualTo("heldOn"));
        assertThatThrownBy(() -> routines.createMeeting(f.plan(), meeting("2024-02", LocalDate.of(2024, 2, 1)),
                LocalDate.of(2024, 3, 1))).as("before the plan").isInstanceOf(InvalidInputException.class);

        // the calendar: March 2025 passed without a meeting
        List<Routines.MonthRow> calendar = routines.calendar(f.plan(), LocalDate.of(2025, 4, 15));
        assertThat(calendar.get(0).month()).hasToString("2025-04");
        assertThat(calendar.get(0).status()).isEqualTo(MonthStatus.DUE);
        assertThat(calendar.get(1).status()).isEqualTo(MonthStatus.MISSING);
        assertThat(calendar.get(2).status()).isEqualTo(MonthStatus.SCHEDULED);
        assertThat(calendar.get(calendar.size() - 1).month()).hasToString("2024-03");
        assertThat(calendar).filteredOn(r -> r.status() == MonthStatus.MISSING).as("2024-03..2024-11 and 2025-03").hasSize(10);
    }

    @Test
    void theAgendaIsEditedThenMinutedWithFollowUpsOnTheTasks() {
        Fixture f = fixture();
        UUID id = routines.createMeeting(f.plan(), meeting("2025-01", LocalDate.of(2025, 1, 6)),
                LocalDate.of(2025, 1, 1));
        long v0 = routines.meeting(id).getVersion();
        routines.changeAgenda(id, new RoutineData.AgendaChange(v0, "ADD", null, "春节前安全检查部署"));
        assertThatThrownBy(() -> routines.changeAgenda(id, new RoutineData.AgendaChange(v0, "ADD", null, "重复")))
                .isInstanceOf(StaleVersionException.class);
        Meeting m = routines.meeting(id);
        assertThat(m.getItems()).extracting(AgendaItem::getTopic).last().isEqualTo("春节前安全检查部署");
        assertThat(m.getItems().get(1).getSource()).isEqualTo(AgendaSource.ADDED);

        assertThatThrownBy(() -> routines.minute(id, new RoutineData.Minutes(m.getVersion(), "镇长", " ",
                List.of()))).isInstanceOf(InvalidInputException.class).hasMessageContaining("参会人员");
        assertThatThrownBy(() -> routines.minute(id, new RoutineData.Minutes(m.getVersion(), "镇长", "全体班子成员",
                List.of(new RoutineData.ItemMinute(1, "限期完成", "1月底前印发", LocalDate.of(2025, 1, 5))))))
                .as("a follow-up before the meeting").isInstanceOf(InvalidInputException.class);
        routines.minute(id, new RoutineData.Minutes(m.getVersion(), "镇长", "镇长、分管副镇长、镇工业办、各村书记",
                List.of(new RoutineData.ItemMinute(1, "责成镇工业办限期印发机制", "1月底前印发并报送佐证",
                        LocalDate.of(2025, 1, 31)), new RoutineData.ItemMinute(2, "1月20日前完成部署", null, null))));
        Meeting minuted = routines.meeting(id);
        assertThat(minuted.minuted()).isTrue();
        assertThat(minuted.getItems().get(0).getDecision()).isEqualTo("责成镇工业办限期印发机制");
        assertThat(campaigns.task(f.t1()).getFollowUpNote()).isEqualTo("1月底前印发并报送佐证");
        assertThat(campaigns.task(f.t1()).getFollowUpDue()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(jdbc.queryForObject("select count(*) from audit_pending where entity_type = 'CampaignTask'"
                + " and entity_id = ? and action = 'FOLLOW_UP'", Integer.class, f.t1().toString())).isEqualTo(1);
        assertThatThrownBy(() -> routines.changeAgenda(id, new RoutineData.AgendaChange(minuted.getVersion(),
                "REMOVE", 1, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("纪要");
    }

    @Test
    void filingsAreOnTimeOnTheDueDateAndLateTheDayAfter() throws Exception {
        Fixture f = fixture();
        UUID enterprise = jdbc.queryForObject("select id from directory_enterprise where name = '示范精密机械制造有限公司'",
                UUID.class);
        UUID q = routines.createRequirement(f.plan(), new RoutineData.NewRequirement("村(社区)、重点企业实施方案",
                "镇工业办", LocalDate.of(2024, 6, 30), List.of(new RoutineData.FilerRef(UnitKind.REGION,
                        "990101100201"), new RoutineData.FilerRef(UnitKind.ENTERPRISE, enterprise.toString()),
                        new RoutineData.FilerRef(UnitKind.REGION, "990101100000"))), null);
        assertThatThrownBy(() -> routines.createRequirement(f.plan(), new RoutineData.NewRequirement("方案", "镇工业办",
                LocalDate.of(2024, 6, 30), List.of(new RoutineData.FilerRef(UnitKind.REGION, "990101200000"))), null))
                .as("another town is no filer of 东关镇's plan").isInstanceOf(InvalidInputException.class);

        byte[] village = (new String(PDF, java.nio.charset.StandardCharsets.US_ASCII) + "village").getBytes();
        UUID r1 = routines.submitFiling(q, "990101100201", upload("村方案.pdf", village), LocalDate.of(2024, 6, 30));
        routines.submitFiling(q, enterprise.toString(), upload("企业方案.pdf", PDF), LocalDate.of(2024, 7, 1));
        assertThatThrownBy(() -> routines.submitFiling(q, "990101100000", upload("照片.png", PNG),
                LocalDate.of(2024, 6, 1))).isInstanceOf(InvalidInputException.class).hasMessageContaining("PDF");
        assertThatThrownBy(() -> routines.submitFiling(q, "990101200000", upload("a.pdf", PDF),
                LocalDate.of(2024, 6, 1))).isInstanceOf(InvalidInputException.class);

        Filing receipt = routines.filing(q, r1);
        assertThat(receipt.getSha256()).isEqualTo(sha256(village));
        assertThat(receipt.isLate()).isFalse();

        List<Routines.FilerStatus> s = routines.statuses(q);
        assertThat(s).extracting(Routines.FilerStatus::status).containsExactly(FilingStatus.ON_TIME,
                FilingStatus.LATE, FilingStatus.MISSING);
        assertThat(s.get(0).latestSha256()).isEqualTo(sha256(village));
        assertThat(s.get(1).firstOn()).isEqualTo(LocalDate.of(2024, 7, 1));
        // a corrected file later: the first one still decides
        routines.submitFiling(q, "990101100201", upload("村方案(修订).pdf", PDF), LocalDate.of(2024, 8, 1));
        assertThat(routines.statuses(q).get(0).status()).isEqualTo(FilingStatus.ON_TIME);
        assertThat(routines.statuses(q).get(0).files()).isEqualTo(2);
        assertThat(routines.counts(f.plan()).get(q)).isEqualTo(new Routines.RequirementCounts(q, 3, 1, 1, 1));

        as("ent.a.boss");
        assertThat(routines.expectedOfMe()).extracting(FilingRequirement::getId).contains(q);
        assertThat(routines.fileableFilers(routines.requirement(q))).extracting(Filer::getRef)
                .containsExactly(enterprise.toString());
        assertThatThrownBy(() -> routines.submitFiling(q, "990101100201", upload("a.pdf", PDF)))
                .as("an enterprise files only for itself")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theSummaryIsDraftedFromTheTasksAndSubmittedSignedWithItsHash() throws Exception {
        Fixture f = fixture();
        routines.createMeeting(f.plan(), meeting("2025-01", LocalDate.of(2025, 1, 6)), LocalDate.of(2025, 1, 1));
        byte[] draft = routines.draft(f.plan(), PaperKind.SUMMARY, 2025);
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(draft));
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            text = x.getText();
        }
        assertThat(text).contains("东关镇实施方案(日常工作测试) 2025年度工作总结(草稿)").contains("报送时限:2025-12-01")
                .contains("方案共4项任务").contains("已完成1项").as("tasks 1 and 2 lag today").contains("滞后2项")
                .contains("健全重大事故隐患自查自改常态化机制").contains("滞后").contains("95%").contains("70%")
                .contains("未启动").contains("已完成").contains("重大事故隐患动态清零")
                .contains("≤ 0").contains("节点2024-12-31");
        // the metric table: task 3, the live metric's label, its value 0, 已达成
        assertThat(text).containsPattern("3\\t[^\\n]*重大[^\\n]*\\t≤ 0[^\\n]*\\t0\\t已达成");
        assertThat(text).containsPattern("(?m)^1\\t健全重大事故隐患自查自改常态化机制\\t镇工业办\\t滞后\\t95%\\t1次/0件");

        PrintedPages.assumeLibreOffice();
        PrintedPages printed = PrintedPages.print(draft, "docx").allA4(false);
        assertThat(printed.text()).contains("2025年度工作总结").contains("健全重大事故隐患自查自改常态化机制");

        UUID paper = routines.submitPaper(f.plan(), PaperKind.SUMMARY, 2025, null, upload("2025年度总结.docx", draft),
                LocalDate.of(2025, 12, 1));
        Paper p = routines.paper(f.plan(), paper);
        assertThat(p.getSha256()).isEqualTo(sha256(draft));
        assertThat(p.isOnTime()).as("on 12-01 itself").isTrue();
        assertThat(p.getDueDate()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThatThrownBy(() -> routines.submitPaper(f.plan(), PaperKind.SUMMARY, 2025, null,
                upload("again.docx", draft), LocalDate.of(2025, 12, 2))).isInstanceOf(StaleVersionException.class);
        routines.submitPaper(f.plan(), PaperKind.SUMMARY, 2025, p.getVersion(), upload("修订.docx", draft),
                LocalDate.of(2025, 12, 2));
        assertThat(routines.paper(f.plan(), paper).isOnTime()).as("a correction on 12-02 is late").isFalse();

        UUID evaluation = routines.submitPaper(f.plan(), PaperKind.EVALUATION, 2026, null,
                upload("评估报告.docx", routines.draft(f.plan(), PaperKind.EVALUATION, 2026)),
                LocalDate.of(2026, 11, 21));
        assertThat(routines.paper(f.plan(), evaluation).getDueDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(routines.paper(f.plan(), evaluation).isOnTime()).isFalse();

        assertThatThrownBy(() -> routines.submitPaper(f.plan(), PaperKind.SUMMARY, 2024, null,
                upload("总结.pdf", PDF), LocalDate.of(2024, 11, 1))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("docx");
        assertThatThrownBy(() -> routines.draft(f.plan(), PaperKind.EVALUATION, 2025))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anotherTownsPlanIsNotFound() {
        as("county.yjj");
        UUID plan = campaigns.createPlan(new NewPlan("990101200000", PlanLevel.TOWN, "南山乡实施方案(日常工作)",
                "南山乡人民政府", null, null, LocalDate.of(2024, 3, 22), LocalDate.of(2026, 12, 31), null,
                List.of("动态清零行动")), null);
        UUID meeting = routines.createMeeting(plan, meeting("2025-01", LocalDate.of(2025, 1, 6)),
                LocalDate.of(2025, 1, 1));
        as("town.aj");
        assertThatThrownBy(() -> routines.meetings(plan)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> routines.meeting(meeting)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> routines.createMeeting(plan, meeting("2025-02", LocalDate.of(2025, 2, 6)),
                LocalDate.of(2025, 2, 1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> routines.draft(plan, PaperKind.SUMMARY, 2025)).isInstanceOf(NotFoundException.class);
    }
}
