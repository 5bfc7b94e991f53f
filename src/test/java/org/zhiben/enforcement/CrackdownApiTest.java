package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;
import org.zhiben.enforcement.internal.CrackdownItem.Reminder;
import tools.jackson.databind.ObjectMapper;

/** 打非治违 over the API: the office's year laid out, filing with hash and lateness, reminders on a given day. */
@ZhibenTest
class CrackdownApiTest {

    private static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Crackdowns crackdowns;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private ResultActions post(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    @Test
    void theTownOpensItsYearFilesAndIsReminded() throws Exception {
        LocalDate today = LocalDate.now(Zones.CHINA);
        int year = today.getYear();
        String items = post("/api/v1/enforcement/crackdown/years", Map.of("year", year), "town.aj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(14))
                .andReturn().getResponse().getContentAsString();
        // again: the same items
        post("/api/v1/enforcement/crackdown/years", Map.of("year", year), "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value((String) JsonPath.read(items, "$[0].id")));
        post("/api/v1/enforcement/crackdown/years", Map.of("year", year + 3), "town.aj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        post("/api/v1/enforcement/crackdown/years", Map.of("year", year), "ent.a.boss").andExpect(status().isForbidden());

        String focus = JsonPath.<List<String>>read(items, "$[?(@.kind == 'FOCUS')].id").get(0);
        String january = JsonPath.<List<String>>read(items, "$[?(@.kind == 'DISPATCH' && @.period == 1)].id").get(0);
        get("/api/v1/enforcement/crackdown/items/" + focus, "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value(year + "-01-31"))
                .andExpect(jsonPath("$.filed").value(false));

        // reminders on given days: three days before, once; then overdue
        List<UUID> mine = List.of(UUID.fromString(focus), UUID.fromString(january));
        assertThat(crackdowns.remind(LocalDate.of(year, 1, 27)).stream().filter(r -> mine.contains(r.itemId())))
                .isEmpty();
        assertThat(crackdowns.remind(LocalDate.of(year, 1, 28)).stream().filter(r -> mine.contains(r.itemId())))
                .extracting(Crackdowns.Reminded::stage).containsExactly(Reminder.DUE_SOON, Reminder.DUE_SOON);
        assertThat(crackdowns.remind(LocalDate.of(year, 1, 31)).stream().filter(r -> mine.contains(r.itemId())))
                .isEmpty();

        // filing: once, with the content's hash; late, since today is after 01-31 (unless it is January)
        int version = JsonPath.read(get("/api/v1/enforcement/crackdown/items/" + focus, "town.aj").andReturn()
                .getResponse().getContentAsString(), "$.version");
        post("/api/v1/enforcement/crackdown/items/" + focus + "/file", Map.of("version", version - 1, "content", "x"),
                "town.aj").andExpect(status().isConflict());
        post("/api/v1/enforcement/crackdown/items/" + focus + "/file", Map.of("content", "x"), "town.aj")
                .andExpect(status().isBadRequest());
        post("/api/v1/enforcement/crackdown/items/" + focus + "/file", Map.of("version", version, "content",
                "x".repeat(8001)), "town.aj").andExpect(status().isBadRequest());
        post("/api/v1/enforcement/crackdown/items/" + focus + "/file", Map.of("version", version, "content", "措施"),
                "county.yjj").andExpect(status().isForbidden());
        post("/api/v1/enforcement/crackdown/items/" + focus + "/file", Map.of("version", version, "content",
                "重点打击无证经营、非法储存危险化学品"), "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.filed").value(true))
                .andExpect(jsonPath("$.filedOn").value(today.toString()))
                .andExpect(jsonPath("$.late").value(today.isAfter(LocalDate.of(year, 1, 31))))
                .andExpect(jsonPath("$.contentHash").value(sha256("重点打击无证经营、非法储存危险化学品")));
        post("/api/v1/enforcement/crackdown/items/" + focus + "/file", Map.of("version", version + 1, "content",
                "再报"), "town.aj").andExpect(status().isBadRequest());

        assertThat(crackdowns.remind(LocalDate.of(year, 2, 1)).stream().filter(r -> mine.contains(r.itemId())))
                .extracting(Crackdowns.Reminded::itemId, Crackdowns.Reminded::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(UUID.fromString(january), Reminder.OVERDUE));

        // the county above sees the town's filings; an enterprise user does not; unknown ids are 404
        get("/api/v1/enforcement/crackdown/items?office=990101100000&year=" + year, "county.yjj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(14));
        get("/api/v1/enforcement/crackdown/items/" + focus, "ent.a.boss").andExpect(status().isForbidden());
        get("/api/v1/enforcement/crackdown/items/" + UUID.randomUUID(), "town.aj").andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/enforcement/crackdown?year=" + year).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        users.loadUserByUsername("town.aj")))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("crackdown-items")));
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
