package org.zhiben.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhiben.hazard.HazardApi.confirm;
import static org.zhiben.hazard.HazardApi.report;
import static org.zhiben.hazard.HazardApi.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.Zones;
import org.zhiben.identity.CurrentUser;
import org.zhiben.notify.Notice;
import tools.jackson.databind.ObjectMapper;

/** 补录: back-dated reports from an earlier paper or Excel ledger, on the API and the form, and their deadlines. */
@ZhibenTest
@RecordApplicationEvents
class HazardBackfillTest {

    static final String WORKER = "ent.a.worker";
    static final String SAFETY = "ent.a.safety";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationEvents events;

    HazardApi api;
    UUID a;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new HazardApi(mvc, json);
        a = ((CurrentUser) users.loadUserByUsername(WORKER)).enterpriseId();
        today = LocalDate.now(Zones.CHINA);
    }

    private Map<String, Object> backdated(String description, Object foundOn, String user) throws Exception {
        return with(report(a, "DAILY", description, List.of(api.photo(user))), "foundOn", foundOn);
    }

    @Test
    void safetyManagerBackfillsAHazardFoundIn2023() throws Exception {
        events.clear();
        String id = api.create(backdated("2023年纸质台账:配电室未配绝缘垫", "2023-06-15", SAFETY), SAFETY);
        api.get("/api/v1/hazards/" + id, SAFETY).andExpect(jsonPath("$.foundOn").value("2023-06-15"))
                .andExpect(jsonPath("$.backdated").value(true))
                .andExpect(jsonPath("$.foundAt").value("2023-06-14T16:00:00Z"))
                .andExpect(jsonPath("$.timeline[0].note", startsWith("补录,发现于 2023-06-15")));
        assertThat(events.stream(HazardChanged.class).filter(e -> e.hazardId().toString().equals(id)).findFirst()
                .orElseThrow().after().foundOn()).isEqualTo(LocalDate.of(2023, 6, 15));
        assertThat(audit.historyOf("Hazard", id).get(0).summary()).startsWith("补录(发现于 2023-06-15)");

        int v = api.version(id, SAFETY);
        api.transition(id, SAFETY, confirm(v, "GENERAL", LocalDate.of(2023, 6, 14), null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("deadline"))
                .andExpect(jsonPath("$.errors[0].message", containsString("2023-06-15")));
        api.transition(id, SAFETY, confirm(v, "GENERAL", LocalDate.of(2023, 6, 15), null))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CONFIRMED"))
                .andExpect(jsonPath("$.deadline").value("2023-06-15"));
    }

    @Test
    void foundDateBoundaries() throws Exception {
        api.post("/api/v1/hazards", backdated("明天发现", today.plusDays(1).toString(), SAFETY), SAFETY)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("foundOn"));
        api.post("/api/v1/hazards", backdated("太早", "1999-12-31", SAFETY), SAFETY)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("foundOn"));
        api.post("/api/v1/hazards", backdated("格式错", "15.06.2023", SAFETY), SAFETY)
                .andExpect(status().isBadRequest());
        api.post("/api/v1/hazards", backdated("职工补录", "2023-06-15", WORKER), WORKER)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("foundOn"));

        String todays = api.create(backdated("今天发现", today.toString(), SAFETY), SAFETY);
        api.get("/api/v1/hazards/" + todays, SAFETY).andExpect(jsonPath("$.foundOn").value(today.toString()))
                .andExpect(jsonPath("$.backdated").value(false))
                .andExpect(jsonPath("$.timeline[0].note", not(containsString("补录"))));
        // a normal hazard still needs a deadline from today on
        int v = api.version(todays, SAFETY);
        api.transition(todays, SAFETY, confirm(v, "GENERAL", today.minusDays(1), null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("deadline"));
        api.transition(todays, SAFETY, confirm(v, "GENERAL", today, null)).andExpect(status().isOk());

        String earliest = api.create(backdated("最早", "2000-01-01", SAFETY), SAFETY);
        api.get("/api/v1/hazards/" + earliest, SAFETY).andExpect(jsonPath("$.backdated").value(true));
    }

    @Test
    void formOffersTheFoundDateToManagersOnlyAndShowsTheBackfill() throws Exception {
        mvc.perform(get("/hazards/new").with(user(users.loadUserByUsername(WORKER)))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"foundOn\""))));
        mvc.perform(get("/hazards/new").with(user(users.loadUserByUsername(SAFETY)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"foundOn\"")))
                .andExpect(content().string(containsString("max=\"" + today + "\"")));

        mvc.perform(multipart("/hazards").file(new MockMultipartFile("beforePhotos", "a.png", "image/png",
                        HazardApi.png())).param("enterpriseId", a.toString()).param("description", "未来")
                        .param("type", "ELECTRICAL").param("source", "DAILY").param("foundOn", today.plusDays(1).toString())
                        .with(user(users.loadUserByUsername(SAFETY))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "foundOn", "invalid"))
                .andExpect(content().string(containsString("发现日期不能晚于今天")))
                .andExpect(content().string(containsString("value=\"" + today.plusDays(1) + "\"")));

        String location = mvc.perform(multipart("/hazards").file(new MockMultipartFile("beforePhotos", "a.png",
                        "image/png", HazardApi.png())).param("enterpriseId", a.toString())
                        .param("description", "Excel 台账补录:行车限位失效").param("type", "EQUIPMENT")
                        .param("source", "DAILY").param("foundOn", "2023-03-01")
                        .with(user(users.loadUserByUsername(SAFETY))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(users.loadUserByUsername(SAFETY)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"hazard-backdated\"")))
                .andExpect(content().string(containsString("补录,发现于 2023-03-01")))
                .andExpect(content().string(containsString("min=\"2023-03-01\"")));
    }

    @Test
    void backfillIntoASignedPeriodNamesTheTablesToSignAgain() throws Exception {
        api.post("/api/v1/hazards/statistics/enterprises/" + a + "/2022Q3/signoff", Map.of(), "ent.a.boss")
                .andExpect(status().isOk());
        // found after the signed quarter ended: nothing signed changes
        mvc.perform(backfillOnForm("2022-10-01")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("caution", org.hamcrest.Matchers.nullValue()));
        assertThat(events.stream(Notice.class).filter(n -> n.topic().equals("hazard.statistics.changed"))).isEmpty();
        // found on its last day: its figures change (the year 2022 was never signed); the principal is told too
        mvc.perform(backfillOnForm("2022-09-30")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("caution",
                        "本次补录改变了已签字的2022年第三季度隐患排查治理统计分析表,需企业主要负责人重新签字"));
        UUID principal = ((CurrentUser) users.loadUserByUsername("ent.a.boss")).id();
        assertThat(events.stream(Notice.class).filter(n -> n.topic().equals("hazard.statistics.changed")))
                .singleElement().satisfies(n -> {
                    assertThat(n.users()).containsExactly(principal);
                    assertThat(n.body()).contains("发现于 2022-09-30").contains("2022年第三季度");
                });
    }

    private org.springframework.test.web.servlet.RequestBuilder backfillOnForm(String foundOn) throws Exception {
        return multipart("/hazards").file(new MockMultipartFile("beforePhotos", "a.png", "image/png", HazardApi.png()))
                .param("enterpriseId", a.toString()).param("description", "台账补录 " + foundOn)
                .param("type", "EQUIPMENT").param("source", "DAILY").param("foundOn", foundOn)
                .with(user(users.loadUserByUsername(SAFETY))).with(csrf());
    }
}
