package org.zhiben.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhiben.hazard.HazardApi.action;
import static org.zhiben.hazard.HazardApi.confirm;
import static org.zhiben.hazard.HazardApi.report;
import static org.zhiben.hazard.HazardApi.with;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;
import org.zhiben.hazard.workflow.HazardReminders;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.notify.Notice;
import tools.jackson.databind.ObjectMapper;

/**
 * Major hazards: the report and 治理方案 before rectification, 三签字 in order with voiding on content change,
 * 挂牌督办 with assessment and application before the regulator's review, county review, and the deadline job with
 * its escalation ladder, all at chosen instants.
 */
@ZhibenTest
@RecordApplicationEvents
class MajorHazardTest {

    static final String SAFETY = "ent.a.safety";
    static final String BOSS = "ent.a.boss";
    static final String REVIEWER = "county.yjj";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    HazardReminders reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    HazardApi api;
    UUID a;
    LocalDate today;
    String head;

    @BeforeEach
    void setUp() {
        api = new HazardApi(mvc, json);
        a = ((CurrentUser) users.loadUserByUsername(SAFETY)).enterpriseId();
        today = LocalDate.now(Zones.CHINA);
        head = "it.hazard.head." + SERIAL.incrementAndGet() + "." + Long.toString(System.nanoTime(), 36);
        accounts.create(new AccountForm(head, "示范县应急管理局 测局长", HazardApi.PASSWORD, Role.OFFICIAL,
                "990101000000", null, null, null, true, false));
    }

    private int v(String id) throws Exception {
        return api.version(id, SAFETY);
    }

    /** A major hazard confirmed with the given deadline, plan complete, rectified and awaiting acceptance. */
    private String awaitingAcceptance(String description, LocalDate deadline) throws Exception {
        String id = api.create(report(a, "DAILY", description, List.of(api.photo(SAFETY))), SAFETY);
        api.transition(id, SAFETY, confirm(v(id), "MAJOR", deadline, null)).andExpect(status().isOk());
        api.put("/api/v1/hazards/" + id + "/plan", HazardApi.plan(v(id)), SAFETY).andExpect(status().isOk());
        api.transition(id, SAFETY, action("START", v(id))).andExpect(status().isOk());
        api.transition(id, SAFETY, with(action("SUBMIT", v(id)), "rectification", "已加装联锁防护门",
                "afterPhotos", List.of(api.photo(SAFETY)))).andExpect(status().isOk());
        return id;
    }

    private org.springframework.test.web.servlet.ResultActions sign(String id, String user) throws Exception {
        return api.post("/api/v1/hazards/" + id + "/signatures", with(new LinkedHashMap<>(), "version", v(id)), user);
    }

    @Test
    void rectificationNeedsTheReportAndAllSixPlanElements() throws Exception {
        String id = api.create(report(a, "DAILY", "重大隐患方案缺项", List.of()), SAFETY);
        api.transition(id, SAFETY, confirm(v(id), "MAJOR", today.plusDays(30), null)).andExpect(status().isOk());
        api.transition(id, SAFETY, action("START", v(id))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(8)))
                .andExpect(jsonPath("$.errors[*].field", hasItem("situation")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("harmAnalysis")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("safety")));
        var partial = HazardApi.plan(v(id));
        partial.put("resources", "");
        api.put("/api/v1/hazards/" + id + "/plan", partial, SAFETY).andExpect(status().isOk())
                .andExpect(jsonPath("$.planMissing", hasSize(1)));
        api.transition(id, SAFETY, action("START", v(id))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("resources"))
                .andExpect(jsonPath("$.errors[0].message").value("重大事故隐患须填写“经费和物资的落实”"));
        api.put("/api/v1/hazards/" + id + "/plan", HazardApi.plan(v(id)), SAFETY).andExpect(status().isOk());
        api.transition(id, SAFETY, action("START", v(id))).andExpect(jsonPath("$.state").value("RECTIFYING"));
    }

    @Test
    void threeSignaturesInOrderThenAnOfficialCloses() throws Exception {
        String id = awaitingAcceptance("三签字", today.plusDays(30));
        api.transition(id, REVIEWER, action("ACCEPT", v(id))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)));
        sign(id, REVIEWER).andExpect(status().isForbidden());
        sign(id, SAFETY).andExpect(status().isForbidden());
        sign(id, BOSS).andExpect(jsonPath("$.signatures[0].role").value("PRINCIPAL"))
                .andExpect(jsonPath("$.signatures[0].algorithm").value("SM3"))
                .andExpect(jsonPath("$.nextSignature").value("REVIEWER"));
        sign(id, BOSS).andExpect(status().isForbidden());
        sign(id, REVIEWER).andExpect(jsonPath("$.signatures[1].role").value("REVIEWER"));
        sign(id, REVIEWER).andExpect(status().isForbidden());
        api.post("/api/v1/hazards/" + id + "/reviews", with(new LinkedHashMap<>(), "version", v(id), "opinion",
                "同意销号"), REVIEWER).andExpect(jsonPath("$.reviews[0].opinion").value("同意销号"));
        sign(id, head).andExpect(jsonPath("$.signatures[2].role").value("HEAD"))
                .andExpect(jsonPath("$.signatures[2].valid").value(true));
        api.transition(id, SAFETY, action("ACCEPT", v(id))).andExpect(status().isForbidden());
        api.transition(id, head, action("ACCEPT", v(id))).andExpect(jsonPath("$.state").value("CLOSED"));
    }

    @Test
    void aContentChangeAfterASignatureVoidsItAndTheLaterOnes() throws Exception {
        String id = awaitingAcceptance("签字作废", today.plusDays(30));
        sign(id, BOSS).andExpect(status().isOk());
        sign(id, REVIEWER).andExpect(status().isOk());
        String hash = api.read(id, SAFETY, "$.signatures[0].contentHash");
        assertThat(hash).hasSize(64);
        // once the rectification has started, an edit that leaves elements out is refused, and nothing changes
        api.put("/api/v1/hazards/" + id + "/plan", java.util.Map.of("version", v(id)), SAFETY)
                .andExpect(status().isBadRequest());
        assertThat(api.read(id, SAFETY, "$.signatures[1].valid")).isEqualTo("true");
        var changed = HazardApi.plan(v(id));
        changed.put("methods", "加装联锁防护门并增设急停拉绳");
        api.put("/api/v1/hazards/" + id + "/plan", changed, SAFETY).andExpect(status().isOk())
                .andExpect(jsonPath("$.signatures", hasSize(2)))
                .andExpect(jsonPath("$.signatures[0].valid").value(false))
                .andExpect(jsonPath("$.signatures[0].voidReason").value("签字后隐患内容已变更"))
                .andExpect(jsonPath("$.signatures[1].valid").value(false))
                .andExpect(jsonPath("$.nextSignature").value("PRINCIPAL"));
        sign(id, REVIEWER).andExpect(status().isForbidden());
        sign(id, BOSS).andExpect(jsonPath("$.signatures[2].valid").value(true));
        assertThat(api.read(id, SAFETY, "$.signatures[2].contentHash")).isNotEqualTo(hash);
        api.transition(id, head, action("ACCEPT", v(id))).andExpect(status().isBadRequest());
    }

    @Test
    void supervisedHazardNeedsAssessmentAndApplicationBeforeTheRegulatorsReview() throws Exception {
        String id = api.create(report(a, "DAILY", "挂牌督办", List.of()), SAFETY);
        api.transition(id, SAFETY, confirm(v(id), "MAJOR", today.plusDays(40), null)).andExpect(status().isOk());
        api.post("/api/v1/hazards/" + id + "/supervision-orders", with(new LinkedHashMap<>(), "version", v(id),
                "department", "示范县应急管理局", "requirements", "30日内整改到位", "deadline",
                today.plusDays(30).toString()), SAFETY).andExpect(status().isForbidden());
        events.clear();
        api.post("/api/v1/hazards/" + id + "/supervision-orders", with(new LinkedHashMap<>(), "version", v(id),
                "department", "示范县应急管理局", "requirements", "30日内整改到位", "deadline",
                today.plusDays(30).toString()), REVIEWER).andExpect(jsonPath("$.supervised").value(true))
                .andExpect(jsonPath("$.supervisionOrders[0].department").value("示范县应急管理局"));
        assertThat(events.stream(Notice.class).anyMatch(n -> n.topic().equals("hazard.supervised"))).isTrue();
        api.put("/api/v1/hazards/" + id + "/plan", HazardApi.plan(v(id)), SAFETY).andExpect(status().isOk());
        api.transition(id, SAFETY, action("START", v(id))).andExpect(status().isOk());
        api.transition(id, SAFETY, with(action("SUBMIT", v(id)), "rectification", "已整改", "afterPhotos",
                List.of(api.photo(SAFETY)))).andExpect(status().isOk());
        sign(id, BOSS).andExpect(status().isOk());
        sign(id, REVIEWER).andExpect(status().isForbidden());
        api.post("/api/v1/hazards/" + id + "/closure-application", with(new LinkedHashMap<>(), "version", v(id),
                "text", "申请核销"), SAFETY).andExpect(status().isForbidden());
        api.post("/api/v1/hazards/" + id + "/assessment", with(new LinkedHashMap<>(), "version", v(id),
                "assessmentBy", "示范安全评价有限公司", "assessmentSummary", "治理效果达到要求"), SAFETY)
                .andExpect(status().isOk());
        api.post("/api/v1/hazards/" + id + "/closure-application", with(new LinkedHashMap<>(), "version", v(id),
                "text", "申请核销"), SAFETY).andExpect(jsonPath("$.applicationText").value("申请核销"));
        sign(id, REVIEWER).andExpect(status().isOk());
        sign(id, head).andExpect(status().isOk());
        api.transition(id, REVIEWER, action("ACCEPT", v(id))).andExpect(jsonPath("$.state").value("CLOSED"));
    }

    @Test
    void remindersOverdueAndTheEscalationLadderAtChosenInstants() throws Exception {
        LocalDate deadline = today.plusDays(10);
        String id = api.create(report(a, "DAILY", "逾期重大隐患", List.of()), SAFETY);
        api.transition(id, SAFETY, confirm(v(id), "MAJOR", deadline, null)).andExpect(status().isOk());
        UUID hid = UUID.fromString(id);

        Instant fourBefore = deadline.minusDays(4).atTime(8, 0).atZone(Zones.CHINA).toInstant();
        reminders.run(fourBefore);
        assertThat(reminderRows(hid)).isZero();
        Instant threeBefore = deadline.minusDays(3).atTime(8, 0).atZone(Zones.CHINA).toInstant();
        reminders.run(threeBefore);
        reminders.run(threeBefore);
        assertThat(reminderRows(hid)).isEqualTo(1);

        Instant onDeadline = deadline.atTime(23, 0).atZone(Zones.CHINA).toInstant();
        reminders.run(onDeadline);
        api.get("/api/v1/hazards/" + id, SAFETY).andExpect(jsonPath("$.overdue").value(false));

        events.clear();
        Instant dayAfter = deadline.plusDays(1).atTime(8, 0).atZone(Zones.CHINA).toInstant();
        reminders.run(dayAfter);
        HazardChanged overdue = events.stream(HazardChanged.class).filter(e -> e.hazardId().equals(hid))
                .findFirst().orElseThrow();
        assertThat(overdue.before().overdue()).isFalse();
        assertThat(overdue.after().overdue()).isTrue();
        assertThat(events.stream(Notice.class).anyMatch(n -> n.topic().equals("hazard.overdue")
                && n.link().equals("/hazards/" + id))).isTrue();
        int version = v(id);
        events.clear();
        reminders.run(dayAfter);
        assertThat(events.stream(HazardChanged.class).filter(e -> e.hazardId().equals(hid))).isEmpty();
        assertThat(v(id)).isEqualTo(version);
        api.get("/api/v1/hazards/" + id, SAFETY).andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.escalations", hasSize(0)));

        Instant weekLater = deadline.plusDays(8).atTime(8, 0).atZone(Zones.CHINA).toInstant();
        reminders.run(deadline.plusDays(7).atTime(8, 0).atZone(Zones.CHINA).toInstant());
        api.get("/api/v1/hazards/" + id, SAFETY).andExpect(jsonPath("$.escalations", hasSize(0)));
        reminders.run(weekLater);
        reminders.run(weekLater);
        api.get("/api/v1/hazards/" + id, REVIEWER).andExpect(jsonPath("$.escalations", hasSize(1)))
                .andExpect(jsonPath("$.escalations[0].step").value("LETTER"))
                .andExpect(jsonPath("$.allowedActions", hasItem("CONFIRM_ESCALATION")));
        api.get("/api/v1/hazards/" + id, SAFETY).andExpect(jsonPath("$.allowedActions",
                not(hasItem("CONFIRM_ESCALATION"))));
        reminders.run(deadline.plusDays(30).atTime(8, 0).atZone(Zones.CHINA).toInstant());
        api.get("/api/v1/hazards/" + id, SAFETY).andExpect(jsonPath("$.escalations", hasSize(1)));

        api.post("/api/v1/hazards/" + id + "/escalations/confirmation", with(new LinkedHashMap<>(), "version", v(id),
                "note", "已发函"), REVIEWER).andExpect(jsonPath("$.escalations[0].confirmedBy").isNotEmpty());
        String confirmedAt = api.read(id, SAFETY, "$.escalations[0].confirmedAt");
        LocalDate confirmedOn = LocalDate.ofInstant(Instant.parse(confirmedAt), Zones.CHINA);
        reminders.run(confirmedOn.plusDays(6).atTime(8, 0).atZone(Zones.CHINA).toInstant());
        api.get("/api/v1/hazards/" + id, SAFETY).andExpect(jsonPath("$.escalations", hasSize(1)));
        reminders.run(confirmedOn.plusDays(7).atTime(8, 0).atZone(Zones.CHINA).toInstant());
        String body = api.get("/api/v1/hazards/" + id, SAFETY).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(body, "$.escalations[*].step")).containsExactly("LETTER", "CIRCULAR");

        // an official may decline the proposed step, with a reason; it is proposed again after the interval
        api.post("/api/v1/hazards/" + id + "/escalations/decline", with(new LinkedHashMap<>(), "version", v(id),
                "note", "企业自行处理"), SAFETY).andExpect(status().isForbidden());
        api.post("/api/v1/hazards/" + id + "/escalations/decline", with(new LinkedHashMap<>(), "version", v(id),
                "note", " "), REVIEWER).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        api.post("/api/v1/hazards/" + id + "/escalations/decline", with(new LinkedHashMap<>(), "version", v(id) - 1,
                "note", "过期版本"), REVIEWER).andExpect(status().isConflict());
        api.post("/api/v1/hazards/" + id + "/escalations/decline", with(new LinkedHashMap<>(), "version", v(id),
                "note", "企业已停产整改,暂缓通报"), REVIEWER)
                .andExpect(jsonPath("$.escalations[1].declinedBy").isNotEmpty())
                .andExpect(jsonPath("$.escalations[1].note").value("企业已停产整改,暂缓通报"))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("CONFIRM_ESCALATION"))))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("DECLINE_ESCALATION"))))
                .andExpect(jsonPath("$.timeline[-1:].action", hasItem("DECLINE_ESCALATION")));
        LocalDate declinedOn = LocalDate.ofInstant(Instant.parse(api.read(id, SAFETY, "$.escalations[1].declinedAt")),
                Zones.CHINA);
        reminders.run(declinedOn.plusDays(6).atTime(8, 0).atZone(Zones.CHINA).toInstant());
        api.get("/api/v1/hazards/" + id, SAFETY).andExpect(jsonPath("$.escalations", hasSize(2)));
        reminders.run(declinedOn.plusDays(7).atTime(8, 0).atZone(Zones.CHINA).toInstant());
        body = api.get("/api/v1/hazards/" + id, REVIEWER).andExpect(jsonPath("$.allowedActions",
                hasItem("DECLINE_ESCALATION"))).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(body, "$.escalations[*].step"))
                .containsExactly("LETTER", "CIRCULAR", "CIRCULAR");
    }

    private int reminderRows(UUID id) {
        return jdbc.queryForObject("select count(*) from hazard_reminder where hazard_id = ? and kind = 'REMINDER'",
                Integer.class, id);
    }
}
