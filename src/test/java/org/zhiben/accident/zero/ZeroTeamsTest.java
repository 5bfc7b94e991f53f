package org.zhiben.accident.zero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;

/**
 * 专班 work (seed 004 §六(一)): a 调度会议 a month and a 现场会 a quarter, the last day of the period included;
 * reminders in the last days of a period under a controlled date; scope; bad input; the page forms; 通报表扬.
 */
@ZhibenTest
class ZeroTeamsTest {

    static final String CITY = "990100000000";
    static final String COUNTY = "990101000000";
    static final String ZONE = "990102000000";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ZeroTeams teams;

    final int year = LocalDate.now(Zones.CHINA).getYear();
    final int last = year - 1;

    // ---------------------------------------------------------------- helpers

    private UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    private <T> T runAs(String username, Supplier<T> work) {
        UserDetails u = as(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String json(MockHttpServletRequestBuilder r, String who, int status) throws Exception {
        return mvc.perform(r.with(user(as(who))).contentType(MediaType.APPLICATION_JSON)).andExpect(status()
                .is(status)).andReturn().getResponse().getContentAsString();
    }

    private String campaign(String title) throws Exception {
        String body = "{\"regionCode\":\"" + CITY + "\",\"issuer\":\"示范市安委办\",\"title\":\"" + title
                + "\",\"baseDate\":\"" + (last - 1) + "-12-31\",\"firstYear\":" + last + ",\"lastYear\":" + year
                + ",\"targets\":[{\"year\":" + last + ",\"group\":\"VILLAGE\",\"percent\":75},{\"year\":" + last
                + ",\"group\":\"UNIT\",\"percent\":85},{\"year\":" + year + ",\"group\":\"VILLAGE\",\"percent\":78},"
                + "{\"year\":" + year + ",\"group\":\"UNIT\",\"percent\":88}]}";
        return JsonPath.read(json(post("/api/v1/accidents/zero-campaigns").content(body), "city.yjj", 201), "$.id");
    }

    private String team(String campaign, String county) throws Exception {
        return JsonPath.read(json(post("/api/v1/accidents/zero-campaigns/" + campaign + "/teams").content(
                "{\"orgKind\":\"REGION\",\"orgCode\":\"" + county + "\"}"), "city.yjj", 201), "$.id");
    }

    private String meeting(String team, LocalDate on, MeetingKind kind) throws Exception {
        return meeting(team, on, kind, "county.yjj");
    }

    private String meeting(String team, LocalDate on, MeetingKind kind, String who) throws Exception {
        return JsonPath.read(json(post("/api/v1/accidents/zero-teams/" + team + "/meetings").content(
                "{\"heldOn\":\"" + on + "\",\"kind\":\"" + kind + "\",\"title\":\"" + kind.label() + "\","
                        + "\"attendees\":\"专班成员\",\"issues\":\"无\",\"decisions\":\"按期推进\"}"), who, 201),
                "$.id");
    }

    private ZeroTeams.TeamCompliance row(String campaign, String team, LocalDate today) {
        return runAs("city.yjj", () -> teams.compliance(UUID.fromString(campaign), last, today)).teams().stream()
                .filter(t -> t.team().id().toString().equals(team)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- compliance

    @Test
    void aMeetingOnTheLastDayOfAMonthOrQuarterCountsAndAMonthWithNoneIsMissed() throws Exception {
        String c = campaign("专班合规测试");
        String t = team(c, COUNTY);
        meeting(t, LocalDate.of(last, 1, 31), MeetingKind.DISPATCH);   // last day of January
        meeting(t, LocalDate.of(last, 2, 15), MeetingKind.OTHER);      // not a 调度会议: February stays empty
        meeting(t, LocalDate.of(last, 3, 1), MeetingKind.DISPATCH);    // first day of March
        meeting(t, LocalDate.of(last, 3, 31), MeetingKind.ONSITE);     // last day of Q1
        meeting(t, LocalDate.of(last, 4, 1), MeetingKind.ONSITE);      // first day of Q2, not Q1
        meeting(t, LocalDate.of(last, 12, 31), MeetingKind.DISPATCH);  // last day of the year

        ZeroTeams.TeamCompliance after = row(c, t, LocalDate.of(year, 1, 1));
        assertThat(after.months()).extracting(ZeroTeams.Period::state).containsExactly(PeriodState.MET,
                PeriodState.MISSED, PeriodState.MET, PeriodState.MISSED, PeriodState.MISSED, PeriodState.MISSED,
                PeriodState.MISSED, PeriodState.MISSED, PeriodState.MISSED, PeriodState.MISSED, PeriodState.MISSED,
                PeriodState.MET);
        assertThat(after.months().get(0).held()).isEqualTo(1);
        assertThat(after.months().get(1).held()).isZero();
        assertThat(after.quarters()).extracting(ZeroTeams.Period::held).containsExactly(1L, 1L, 0L, 0L);
        assertThat(after.quarters()).extracting(ZeroTeams.Period::state).containsExactly(PeriodState.MET,
                PeriodState.MET, PeriodState.MISSED, PeriodState.MISSED);
        assertThat(after.missedMonths()).isEqualTo(9);
        assertThat(after.missedQuarters()).isEqualTo(2);

        // February without a 调度会议: not over on its last day, missed the day after
        LocalDate febEnd = YearMonth.of(last, 2).atEndOfMonth();
        assertThat(row(c, t, febEnd).months().get(1).state()).isEqualTo(PeriodState.OPEN);
        assertThat(row(c, t, febEnd.plusDays(1)).months().get(1).state()).isEqualTo(PeriodState.MISSED);
        // Q3 without a 现场会: open on 30 September, missed on 1 October
        assertThat(row(c, t, LocalDate.of(last, 9, 30)).quarters().get(2).state()).isEqualTo(PeriodState.OPEN);
        assertThat(row(c, t, LocalDate.of(last, 10, 1)).quarters().get(2).state()).isEqualTo(PeriodState.MISSED);

        // the API answers the same (as of today, every month of last year is over)
        mvc.perform(get("/api/v1/accidents/zero-campaigns/" + c + "/team-compliance").param("year", "" + last)
                .with(user(as("city.yjj")))).andExpect(status().isOk())
                .andExpect(jsonPath("$.teams[0].months[0].state").value("MET"))
                .andExpect(jsonPath("$.teams[0].months[1].state").value("MISSED"))
                .andExpect(jsonPath("$.teams[0].quarters[0].held").value(1));
        // and the page
        String page = mvc.perform(get("/accidents/zero/" + c + "/teams").param("year", "" + last)
                .with(user(as("county.yjj")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("示范县").contains("1月 已召开").contains("2月 未召开").contains("缺调度会议9个月");
    }

    // ---------------------------------------------------------------- reminders

    @Test
    void remindersComeInTheLastFiveDaysOfAPeriodWithoutTheMeetingOncePerPeriod() throws Exception {
        String c = campaign("专班提醒测试");
        String without = team(c, COUNTY);
        String with = team(c, ZONE);
        meeting(with, LocalDate.of(last, 5, 2), MeetingKind.DISPATCH, "city.yjj");
        meeting(with, LocalDate.of(last, 4, 10), MeetingKind.ONSITE, "city.yjj");

        assertThat(mine(teams.remindMeetings(LocalDate.of(last, 5, 26)), c)).isEmpty();
        List<ZeroTeams.Reminder> may = mine(teams.remindMeetings(LocalDate.of(last, 5, 27)), c);
        assertThat(may).singleElement().satisfies(r -> {
            assertThat(r.teamId().toString()).isEqualTo(without);
            assertThat(r.kind()).isEqualTo(MeetingKind.DISPATCH);
            assertThat(r.period()).isEqualTo("M" + last + "-05");
            assertThat(r.periodEnd()).isEqualTo(LocalDate.of(last, 5, 31));
        });
        // once per period, also through the scheduled job under a clock set to the last day of May
        assertThat(mine(teams.remindMeetings(LocalDate.of(last, 5, 31)), c)).isEmpty();
        // the end of June closes both the month and the quarter: the zone held its 现场会 in April
        Clock june26 = Clock.fixed(LocalDate.of(last, 6, 26).atTime(8, 0).atZone(Zones.CHINA).toInstant(),
                Zones.CHINA);
        new ZeroMeetingReminderJob(teams, june26).scheduled();
        assertThat(mine(teams.remindMeetings(LocalDate.of(last, 6, 26)), c)).isEmpty(); // the job sent them
        assertThat(count(c, "M" + last + "-06")).isEqualTo(2);
        assertThat(count(c, "Q" + last + "-2")).isEqualTo(1);
        assertThat(teamsReminded(c, "Q" + last + "-2")).containsExactly(UUID.fromString(without));
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private int count(String campaign, String period) {
        return jdbc.queryForObject("select count(*) from accident_zero_meeting_reminder r join accident_zero_team t on"
                + " t.id = r.team_id where t.campaign_id = ? and r.period = ?", Integer.class,
                UUID.fromString(campaign), period);
    }

    private List<UUID> teamsReminded(String campaign, String period) {
        return jdbc.queryForList("select r.team_id from accident_zero_meeting_reminder r join accident_zero_team t on"
                + " t.id = r.team_id where t.campaign_id = ? and r.period = ?", UUID.class,
                UUID.fromString(campaign), period);
    }

    private List<ZeroTeams.Reminder> mine(List<ZeroTeams.Reminder> sent, String campaign) {
        List<UUID> own = jdbc.queryForList("select id from accident_zero_team where campaign_id = ?", UUID.class,
                UUID.fromString(campaign));
        return sent.stream().filter(r -> own.contains(r.teamId())).toList();
    }

    // ---------------------------------------------------------------- scope and bad input

    @Test
    void anotherCountysTeamIsNotFoundAndBadInputIsAProblemBesideTheField() throws Exception {
        String c = campaign("专班范围测试");
        String zone = team(c, ZONE);
        String own = team(c, COUNTY);
        String m = meeting(own, LocalDate.of(last, 6, 1), MeetingKind.DISPATCH);
        // 示范县's officials do not see 示范区's group; enterprises see no group at all
        mvc.perform(get("/api/v1/accidents/zero-teams/" + zone).with(user(as("county.yjj"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/accidents/zero/teams/" + zone).with(user(as("county.yjj")))).andExpect(status()
                .isNotFound());
        mvc.perform(get("/accidents/zero/teams/" + own).with(user(as("ent.a.boss")))).andExpect(status()
                .isNotFound());
        mvc.perform(get("/api/v1/accidents/zero-meetings/" + m).with(user(as("ent.a.boss")))).andExpect(status()
                .isNotFound());
        json(post("/api/v1/accidents/zero-teams/" + zone + "/meetings").content("{\"heldOn\":\"" + last
                + "-06-01\",\"kind\":\"DISPATCH\",\"title\":\"x\",\"attendees\":\"y\"}"), "county.yjj", 404);
        String teamList = json(get("/api/v1/accidents/zero-campaigns/" + c + "/teams"), "county.yjj", 200);
        assertThat(teamList).contains(own).doesNotContain(zone);

        // a date in the future, no kind, no attendees, a title over its column
        String future = json(post("/api/v1/accidents/zero-teams/" + own + "/meetings").content("{\"heldOn\":\""
                + LocalDate.now(Zones.CHINA).plusDays(1) + "\",\"kind\":\"DISPATCH\",\"title\":\"x\","
                + "\"attendees\":\"y\"}"), "county.yjj", 400);
        assertThat(future).contains("heldOn").contains("会议日期不能晚于今天");
        String longTitle = json(post("/api/v1/accidents/zero-teams/" + own + "/meetings").content("{\"heldOn\":\""
                + last + "-06-02\",\"kind\":\"DISPATCH\",\"title\":\"" + "会".repeat(201) + "\","
                + "\"attendees\":\"y\"}"), "county.yjj", 400);
        assertThat(longTitle).contains("\"field\":\"title\"");
        String noKind = json(post("/api/v1/accidents/zero-teams/" + own + "/meetings").content("{\"heldOn\":\""
                + last + "-06-02\",\"title\":\"调度会\"}"), "county.yjj", 400);
        assertThat(noKind).contains("kind").contains("attendees");
        json(post("/api/v1/accidents/zero-teams/" + own + "/meetings").content("{\"heldOn\":\"" + (last - 5)
                + "-06-02\",\"kind\":\"DISPATCH\",\"title\":\"x\",\"attendees\":\"y\"}"), "county.yjj", 400);
        json(post("/api/v1/accidents/zero-teams/" + own + "/meetings").content("{\"heldOn\":\"" + last
                + "-06-02\",\"kind\":\"WEEKLY\",\"title\":\"x\",\"attendees\":\"y\"}"), "county.yjj", 400);
        mvc.perform(get("/api/v1/accidents/zero-campaigns/" + c + "/team-compliance").param("year", "99999")
                .with(user(as("city.yjj")))).andExpect(status().isBadRequest());
        // not a photo
        mvc.perform(multipart("/api/v1/accidents/zero-meetings/" + m + "/photos").file(new MockMultipartFile("file",
                "a.txt", "text/plain", "hello".getBytes())).param("version", "0").with(user(as("county.yjj"))))
                .andExpect(status().isBadRequest());
        // a photo, then a stale version
        mvc.perform(multipart("/api/v1/accidents/zero-meetings/" + m + "/photos").file(new MockMultipartFile("file",
                "a.png", "image/png", png())).param("version", "0").with(user(as("county.yjj"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.photos").value(1));
        mvc.perform(get("/api/v1/accidents/zero-meetings/" + m + "/photos/0").with(user(as("county.yjj"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/accidents/zero-meetings/" + m + "/photos/1").with(user(as("county.yjj"))))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/accidents/zero-meetings/" + m).param("version", "0")
                .with(user(as("county.yjj")))).andExpect(status().isConflict());
        // the zone's group cannot be registered twice; a town is no county
        json(post("/api/v1/accidents/zero-campaigns/" + c + "/teams").content("{\"orgKind\":\"REGION\","
                + "\"orgCode\":\"" + ZONE + "\"}"), "city.yjj", 400);
        json(post("/api/v1/accidents/zero-campaigns/" + c + "/teams").content("{\"orgKind\":\"REGION\","
                + "\"orgCode\":\"990101100000\"}"), "city.yjj", 400);
        mvc.perform(delete("/api/v1/accidents/zero-meetings/" + m).param("version", "1")
                .with(user(as("county.yjj")))).andExpect(status().isNoContent());
    }

    static byte[] png() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(4, 4,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- page forms

    @Test
    void theMeetingFormPutsMessagesBesideItsFieldsAndStoresPhotos() throws Exception {
        String c = campaign("专班页面测试");
        String t = team(c, COUNTY);
        String bad = mvc.perform(multipart("/accidents/zero/teams/" + t + "/meetings").param("idempotencyKey",
                UUID.randomUUID().toString()).param("heldOn", LocalDate.now(Zones.CHINA).plusDays(2).toString())
                .param("kind", "DISPATCH").param("title", "").param("attendees", "")
                .with(user(as("county.yjj"))).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(bad).contains("会议日期不能晚于今天").contains("请填写会议名称").contains("请填写参会人员")
                .contains("maxlength=\"1000\"");
        mvc.perform(multipart("/accidents/zero/teams/" + t + "/meetings").file(new MockMultipartFile("photos",
                "p.png", "image/png", png())).param("idempotencyKey", UUID.randomUUID().toString())
                .param("heldOn", last + "-11-30").param("kind", "ONSITE").param("title", "第四季度现场观摩会")
                .param("attendees", "专班成员、各乡镇").param("issues", "个别村台账不全").param("decisions", "月底前补齐")
                .with(user(as("county.yjj"))).with(csrf())).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/accidents/zero/teams/" + t).param("year", "" + last)
                .with(user(as("county.yjj")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("第四季度现场观摩会").contains("个别村台账不全").contains("/photos/0")
                .contains("Q4现场会 已召开");
    }

    @Test
    void theOfficeCreatesACampaignBuildsTheRosterAndSetsContactsFromPages() throws Exception {
        // a wrong number of targets and a base date after the start: messages beside the fields
        String bad = mvc.perform(post("/accidents/zero/new").param("idempotencyKey", UUID.randomUUID().toString())
                .param("regionCode", CITY).param("issuer", "示范市安委办").param("title", "页面发起测试")
                .param("baseDate", last + "-12-31").param("definition", "NO_SAFETY_ACCIDENT")
                .param("firstYear", "" + last).param("lastYear", "" + year).param("villageTargets", "75")
                .param("unitTargets", "85,101").with(user(as("city.yjj"))).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("请按年份顺序填写2个目标比例").contains("目标比例应为0至100之间")
                .contains("maxlength=\"200\"");
        String badDate = mvc.perform(post("/accidents/zero/new").param("idempotencyKey", UUID.randomUUID()
                .toString()).param("regionCode", CITY).param("issuer", "示范市安委办").param("title", "页面发起测试")
                .param("baseDate", last + "-12-31").param("definition", "NO_SAFETY_ACCIDENT")
                .param("firstYear", "" + last).param("lastYear", "" + year).param("villageTargets", "75,78")
                .param("unitTargets", "85,88").with(user(as("city.yjj"))).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(badDate).contains("统计基数日期应在创建起始年份之前");
        String created = mvc.perform(post("/accidents/zero/new").param("idempotencyKey", UUID.randomUUID()
                .toString()).param("regionCode", CITY).param("issuer", "示范市安委办").param("title", "页面发起测试")
                .param("baseDate", (last - 1) + "-12-31").param("definition", "NO_SAFETY_ACCIDENT")
                .param("firstYear", "" + last).param("lastYear", "" + year).param("villageTargets", "75,78")
                .param("unitTargets", "85,88").with(user(as("city.yjj"))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = created.substring(created.lastIndexOf('/') + 1);
        assertThat(mvc.perform(get(created).with(user(as("city.yjj")))).andReturn().getResponse()
                .getContentAsString()).contains("建立创建单位名册").contains("工作专班").contains("通报表扬");
        // a county official may not start a campaign of the city
        assertThat(mvc.perform(post("/accidents/zero/new").param("regionCode", CITY).param("issuer", "x")
                .param("title", "y").param("baseDate", (last - 1) + "-12-31").param("firstYear", "" + last)
                .param("lastYear", "" + last).param("villageTargets", "75").param("unitTargets", "85")
                .with(user(as("county.yjj"))).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        mvc.perform(post("/accidents/zero/" + id + "/roster").with(user(as("city.yjj"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/accidents/zero/" + id).with(user(as("city.yjj")))).andReturn().getResponse()
                .getContentAsString()).contains("示范县");

        // 附表2 from the page: a bad phone beside its field, then saved, then a stale version on top
        String badPhone = mvc.perform(post("/accidents/zero/" + id + "/contacts").param("orgKind", "REGION")
                .param("orgCode", COUNTY).param("duty", "LIAISON").param("personName", "赵联络")
                .param("position", "科长").param("phone", "abc").with(user(as("county.yjj"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(badPhone).contains("请填写电话").contains("maxlength=\"32\"");
        mvc.perform(post("/accidents/zero/" + id + "/contacts").param("orgKind", "REGION").param("orgCode", COUNTY)
                .param("duty", "LIAISON").param("personName", "赵联络").param("position", "科长")
                .param("phone", "0351-5550000").with(user(as("county.yjj"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String stale = mvc.perform(post("/accidents/zero/" + id + "/contacts").param("version", "7")
                .param("orgKind", "REGION").param("orgCode", COUNTY).param("duty", "LIAISON")
                .param("personName", "钱联络").param("position", "科长").param("phone", "0351-5550001")
                .with(user(as("county.yjj"))).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(stale).contains("已被他人修改");
        // a new entry for the duty just filled says who holds it and how to change them, above the form
        String filled = mvc.perform(post("/accidents/zero/" + id + "/contacts").param("orgKind", "REGION")
                .param("orgCode", COUNTY).param("duty", "LIAISON").param("personName", "李联络")
                .param("position", "科长").param("phone", "0351-5550002").with(user(as("county.yjj"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(filled).contains("已登记为赵联络").contains("修改");
        // the contact registered the county's 专班
        assertThat(json(get("/api/v1/accidents/zero-campaigns/" + id + "/teams"), "county.yjj", 200))
                .contains("示范县");

        // a submission from the page: no item chosen, then the contacts sent
        assertThat(mvc.perform(post("/accidents/zero/" + id + "/submissions").param("orgKind", "REGION")
                .param("orgCode", COUNTY).with(user(as("county.yjj"))).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("报送日历中没有该事项");
        mvc.perform(post("/accidents/zero/" + id + "/submissions").param("deadlineCode", "CONTACTS")
                .param("orgKind", "REGION").param("orgCode", COUNTY).with(user(as("county.yjj"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/accidents/zero/" + id + "/submissions").with(user(as("county.yjj"))))
                .andReturn().getResponse().getContentAsString()).contains("逾期报送");
    }

    // ---------------------------------------------------------------- 通报表扬

    @Test
    void theOfficeNamesRecognisedUnitsAndExportsTheListOnA4() throws Exception {
        String c = campaign("通报表扬测试");
        String demo = ((List<String>) JsonPath.read(json(get("/api/v1/accidents/zero-campaigns"), "city.yjj", 200),
                "$[?(@.title=='全市“零事故”单位创建工作实施方案')].id")).get(0);
        String school = JsonPath.<List<String>>read(json(get("/api/v1/accidents/zero-campaigns/" + demo
                + "/units?zero=true&type=SCHOOL&county=" + COUNTY), "city.yjj", 200), "$.content[*].enterpriseId")
                .get(0);
        String unit = JsonPath.read(json(post("/api/v1/accidents/zero-campaigns/" + c + "/units").content(
                "{\"enterpriseId\":\"" + school + "\"}"), "city.yjj", 201), "$.id");
        String unitYear = JsonPath.<List<String>>read(json(get("/api/v1/accidents/zero-units/" + unit + "/years"),
                "city.yjj", 200), "$[?(@.year==" + last + ")].id").get(0);
        // not yet recognised: refused beside the field
        String early = mvc.perform(post("/accidents/zero/" + c + "/commendations").param("year", "" + last)
                .param("unitYearId", unitYear).param("reason", "创建成效突出").param("idempotencyKey",
                        UUID.randomUUID().toString()).with(user(as("city.yjj"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(early).contains("只能表扬本次创建中已认定的单位");
        StringBuilder all = new StringBuilder();
        for (String code : new String[] {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4"}) {
            all.append(all.length() == 0 ? "" : ",").append('"').append(code).append("\":true");
        }
        json(post("/api/v1/accidents/zero-unit-years/" + unitYear + "/decision").content("{\"version\":0,"
                + "\"recognise\":true,\"checklist\":{" + all + "},\"note\":\"达标\"}"), "county.yjj", 200);
        // the county may not name units; the office gives a reason
        json(post("/api/v1/accidents/zero-campaigns/" + c + "/commendations").content("{\"unitYearId\":\""
                + unitYear + "\",\"reason\":\"成效突出\"}"), "county.yjj", 403);
        String noReason = mvc.perform(post("/accidents/zero/" + c + "/commendations").param("year", "" + last)
                .param("unitYearId", unitYear).param("reason", "").param("idempotencyKey",
                        UUID.randomUUID().toString()).with(user(as("city.yjj"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("请填写表扬理由").contains("maxlength=\"500\"");
        mvc.perform(post("/accidents/zero/" + c + "/commendations").param("year", "" + last)
                .param("unitYearId", unitYear).param("reason", "全年零事故,创建资料规范").param("idempotencyKey",
                        UUID.randomUUID().toString()).with(user(as("city.yjj"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        json(post("/api/v1/accidents/zero-campaigns/" + c + "/commendations").content("{\"unitYearId\":\""
                + unitYear + "\",\"reason\":\"再来一次\"}"), "city.yjj", 400);
        String list = json(get("/api/v1/accidents/zero-campaigns/" + c + "/commendations?year=" + last),
                "city.yjj", 200);
        assertThat(list).contains("全年零事故,创建资料规范");
        byte[] docx = mvc.perform(get("/accidents/zero/" + c + "/commendations.docx").param("year", "" + last)
                .with(user(as("city.yjj")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var size = d.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) size.getW()).intValue()).isEqualTo(11906); // A4 portrait, twips
            assertThat(((java.math.BigInteger) size.getH()).intValue()).isEqualTo(16838);
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d).getText();
            java.time.LocalDate today = java.time.LocalDate.now(org.zhiben.common.Zones.CHINA);
            assertThat(text).contains(last + "年度“零事故”村(社区)、企事业单位通报表扬名单").contains("全年零事故,创建资料规范")
                    .contains("示范县").contains(today.getYear() + "年" + today.getMonthValue() + "月"); // issued on
        }
        // a year without commendations says so, instead of "下列0个单位"
        byte[] none = mvc.perform(get("/accidents/zero/" + c + "/commendations.docx").param("year", "" + (last - 1))
                .with(user(as("city.yjj")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(none))) {
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d).getText()).contains("暂无达到")
                    .doesNotContain("下列0个单位");
        }
        // withdrawing from a stale version is refused, from the current one done
        String k = JsonPath.read(list, "$[0].id");
        mvc.perform(delete("/api/v1/accidents/zero-commendations/" + k).param("version", "3")
                .with(user(as("city.yjj")))).andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/accidents/zero-commendations/" + k).param("version", "0")
                .with(user(as("ent.a.boss")))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/accidents/zero-commendations/" + k).param("version", "0")
                .with(user(as("city.yjj")))).andExpect(status().isNoContent());
    }
}
