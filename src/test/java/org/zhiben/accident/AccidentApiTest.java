package org.zhiben.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import tools.jackson.databind.ObjectMapper;

@ZhibenTest
class AccidentApiTest {

    private static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    org.zhiben.audit.AuditTrail audit;
    @Autowired
    org.zhiben.notify.Inbox inbox;
    @Autowired
    Accidents accidents;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private ResultActions post(String url, Object body, String user, String key) throws Exception {
        MockHttpServletRequestBuilder r = MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body));
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        return mvc.perform(r);
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private static Map<String, Object> report(int deaths) {
        Instant occurred = Instant.now().minus(Duration.ofHours(3));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("place", "二号车间");
        r.put("occurredAt", occurred.toString());
        r.put("knownAt", occurred.plus(Duration.ofMinutes(5)).toString());
        r.put("categoryCode", "03");
        r.put("deaths", deaths);
        r.put("missing", 0);
        r.put("seriousInjuries", 0);
        r.put("directLossYuan", 120000);
        r.put("summary", "测试事故:设备检修时误启动");
        return r;
    }

    private String create(Map<String, Object> body, String user) throws Exception {
        return JsonPath.read(post("/api/v1/accidents", body, user, null).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private int version(String id, String user) throws Exception {
        return JsonPath.read(get("/api/v1/accidents/" + id, user).andReturn().getResponse().getContentAsString(),
                "$.version");
    }

    @Test
    void theCalculatorAnswersTheGradeAndRefusesBadInput() throws Exception {
        post("/api/v1/accidents/grade", Map.of("deaths", 2, "missing", 1, "seriousInjuries", 0, "directLossYuan", 0),
                "county.yjj", null).andExpect(status().isOk()).andExpect(jsonPath("$.grade").value("LARGE"))
                .andExpect(jsonPath("$.label").value("较大事故")).andExpect(jsonPath("$.criterion").value("DEATHS"));
        post("/api/v1/accidents/grade", Map.of("deaths", 0, "missing", 0, "seriousInjuries", 0,
                "directLossYuan", 100000000), "ent.a.worker", null)
                .andExpect(jsonPath("$.grade").value("EXTRAORDINARY")).andExpect(jsonPath("$.label").value("特别重大事故"));
        post("/api/v1/accidents/grade", Map.of("deaths", -1, "missing", 0, "seriousInjuries", 0, "directLossYuan", 0),
                "county.yjj", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deaths"));
        post("/api/v1/accidents/grade", "{\"deaths\":1.5,\"missing\":0,\"seriousInjuries\":0,\"directLossYuan\":0}",
                "county.yjj", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deaths"));
        post("/api/v1/accidents/grade", "{\"deaths\":1,\"seriousInjuries\":0,\"directLossYuan\":0}", "county.yjj",
                null).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("missing"));
        post("/api/v1/accidents/grade", "{\"deaths\":\"many\"}", "county.yjj", null)
                .andExpect(status().isBadRequest());
    }

    @Test
    void anEnterpriseReportsOnceForOneKey() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = report(1);
        String first = JsonPath.read(post("/api/v1/accidents", body, "ent.a.safety", key)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.grade").value("GENERAL"))
                .andExpect(jsonPath("$.state").value("REPORTED"))
                .andExpect(jsonPath("$.clock.length()").value(2))
                .andExpect(jsonPath("$.clock[0].status").value("DONE_LATE"))
                .andExpect(jsonPath("$.flags", hasItem("LATE")))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String again = JsonPath.read(post("/api/v1/accidents", body, "ent.a.safety", key)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        org.assertj.core.api.Assertions.assertThat(again).isEqualTo(first);
        Map<String, Object> other = report(2);
        post("/api/v1/accidents", other, "ent.a.safety", key).andExpect(status().isUnprocessableContent());
    }

    @Test
    void theOfficialsAreNotifiedAfterCommit() throws Exception {
        java.util.UUID county = ((org.zhiben.identity.CurrentUser) users.loadUserByUsername("county.yjj")).id();
        Map<String, Object> body = report(0);
        body.put("place", "通知测试库房" + UUID.randomUUID());
        create(body, "ent.a.safety");
        long deadline = System.currentTimeMillis() + 15_000;
        boolean seen = false;
        while (!seen && System.currentTimeMillis() < deadline) {
            seen = inbox.latest(county, 50).stream().anyMatch(n -> n.getBody().contains(body.get("place").toString()));
            if (!seen) {
                Thread.sleep(200);
            }
        }
        org.assertj.core.api.Assertions.assertThat(seen).isTrue();
    }

    @Test
    void overdueStepsAreRemindedOnce() throws Exception {
        Instant now = Instant.now();
        String enterprise = ((org.zhiben.identity.CurrentUser) users.loadUserByUsername("ent.a.safety")).enterpriseId()
                .toString();
        Map<String, Object> late = report(0);
        late.put("enterpriseId", enterprise);
        late.put("occurredAt", now.minus(Duration.ofHours(5)).toString());
        late.put("knownAt", now.minus(Duration.ofHours(5)).plus(Duration.ofMinutes(5)).toString());
        late.put("firstReportedAt", now.minus(Duration.ofHours(4)).toString());
        String overdue = create(late, "county.yjj");
        Map<String, Object> running = report(0);
        running.put("enterpriseId", enterprise);
        running.put("firstReportedAt", now.minus(Duration.ofMinutes(110)).toString());
        String notYet = create(running, "county.yjj");

        var first = accidents.remindOverdue(now);
        org.assertj.core.api.Assertions.assertThat(first).filteredOn(r -> r.accidentId().toString().equals(overdue))
                .singleElement().satisfies(r -> org.assertj.core.api.Assertions.assertThat(r.to())
                        .isEqualTo(ReportLevel.CITY));
        org.assertj.core.api.Assertions.assertThat(first).noneMatch(r -> r.accidentId().toString().equals(notYet));
        // ten minutes later the second one's city step (due 10 min after now) is overdue; the first is not repeated
        var later = accidents.remindOverdue(now.plus(Duration.ofMinutes(11)));
        org.assertj.core.api.Assertions.assertThat(later).noneMatch(r -> r.accidentId().toString().equals(overdue));
        org.assertj.core.api.Assertions.assertThat(later).anyMatch(r -> r.accidentId().toString().equals(notYet));
        get("/api/v1/accidents/" + overdue, "county.yjj").andExpect(jsonPath("$.clock[1].status").value("OVERDUE"));
    }

    @Test
    void badReportsAre400() throws Exception {
        Map<String, Object> future = report(0);
        future.put("occurredAt", Instant.now().plus(Duration.ofHours(2)).toString());
        future.put("knownAt", Instant.now().plus(Duration.ofHours(2)).toString());
        post("/api/v1/accidents", future, "ent.a.safety", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("occurredAt")));
        Map<String, Object> ancient = report(0);
        ancient.put("occurredAt", "0001-01-01T00:00:00Z");
        post("/api/v1/accidents", ancient, "ent.a.safety", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("occurredAt")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("1900-01-01")));
        Map<String, Object> unknown = report(0);
        unknown.put("categoryCode", "77");
        post("/api/v1/accidents", unknown, "ent.a.safety", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("categoryCode")));
        Map<String, Object> negative = report(-2);
        post("/api/v1/accidents", negative, "ent.a.safety", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("deaths")));
        Map<String, Object> fraction = report(0);
        fraction.put("seriousInjuries", 0.5);
        post("/api/v1/accidents", fraction, "ent.a.safety", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("seriousInjuries")));
        // a loss the column cannot hold is a message, not a 500; just below it is accepted
        Map<String, Object> huge = report(0);
        huge.put("directLossYuan", new java.math.BigDecimal("1e15"));
        post("/api/v1/accidents", huge, "ent.a.safety", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("directLossYuan")));
        post("/api/v1/accidents/grade", "{\"deaths\":0,\"missing\":0,\"seriousInjuries\":0,\"directLossYuan\":1e308}",
                "county.yjj", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("directLossYuan"));
        huge.put("directLossYuan", new java.math.BigDecimal("999999999999999.99"));
        post("/api/v1/accidents", huge, "ent.a.safety", null).andExpect(status().isCreated());
        // a page beyond what a query can skip is a 400 on page
        get("/api/v1/accidents?page=21474837&size=100", "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void scopeHidesOtherEnterprisesAndRegions() throws Exception {
        String id = create(report(0), "ent.a.safety");
        get("/api/v1/accidents/" + id, "ent.a.worker").andExpect(status().isOk());
        get("/api/v1/accidents/" + id, "county.yjj").andExpect(status().isOk());
        get("/api/v1/accidents/" + id, "town.aj").andExpect(status().isOk());
        get("/api/v1/accidents/" + id, "ent.b.boss").andExpect(status().isNotFound());
        get("/api/v1/accidents/" + id, "county.zjj").andExpect(status().isNotFound());
        post("/api/v1/accidents/" + id + "/supplements", Map.of("version", 0, "deaths", 1, "missing", 0,
                "seriousInjuries", 0, "directLossYuan", 0), "ent.b.boss", null).andExpect(status().isNotFound());
        post("/api/v1/accidents/" + id + "/transitions", Map.of("version", 0, "action", "START_INVESTIGATION"),
                "county.zjj", null).andExpect(status().isNotFound());
        get("/api/v1/accidents?size=200", "ent.b.boss").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
        get("/api/v1/accidents?size=200", "county.yjj").andExpect(jsonPath("$.items[*].id", hasItem(id)));

        String b = create(report(0), "ent.b.boss");
        get("/api/v1/accidents/" + b, "town.aj").andExpect(status().isNotFound());
        get("/api/v1/accidents/" + b, "ent.a.safety").andExpect(status().isNotFound());
    }

    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private ResultActions upload(String id, Object version, String user,
            org.springframework.mock.web.MockMultipartFile... files) throws Exception {
        var r = MockMvcRequestBuilders.multipart("/api/v1/accidents/" + id + "/files");
        for (var f : files) {
            r.file(f);
        }
        if (version != null) {
            r.param("version", String.valueOf(version));
        }
        return mvc.perform(r.with(httpBasic(user, PASSWORD)));
    }

    private static org.springframework.mock.web.MockMultipartFile file(String name, byte[] content) {
        return new org.springframework.mock.web.MockMultipartFile("file", name, "application/octet-stream", content);
    }

    @Test
    void photosAndDocumentsAreCheckedByContentKeptInScopeAndAudited() throws Exception {
        String id = create(report(0), "ent.a.safety");
        // the enterprise adds a scene photo and a document, under the names given (paths and control characters gone)
        upload(id, 0, "ent.a.safety", file("C:\\现场\\现场照片.png", PNG), file("调查\u0007报告.pdf", PDF))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files.length()").value(2))
                .andExpect(jsonPath("$.files[0].name").value("现场照片.png"))
                .andExpect(jsonPath("$.files[0].contentType").value("image/png"))
                .andExpect(jsonPath("$.files[1].name").value("调查报告.pdf"))
                .andExpect(jsonPath("$.files[1].sha256").value(sha256(PDF)))
                .andExpect(jsonPath("$.version").value(1));
        String href = JsonPath.read(get("/api/v1/accidents/" + id, "county.yjj").andReturn().getResponse()
                .getContentAsString(), "$.files[1].href");
        byte[] back = get(href, "county.yjj").andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(PDF);
        // outside the scope the accident and its files are 404; a worker of the enterprise may add, a stranger not
        get(href, "ent.b.boss").andExpect(status().isNotFound());
        upload(id, 1, "ent.b.boss", file("x.png", PNG)).andExpect(status().isNotFound());
        get("/api/v1/accidents/" + id + "/files/" + java.util.UUID.randomUUID(), "county.yjj")
                .andExpect(status().isNotFound());
        // wrong type by content (a script named .png), no file, no version, a stale version: refused, nothing kept
        upload(id, 1, "county.yjj", file("a.png", "<script>alert(1)</script>".getBytes()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        upload(id, 1, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        upload(id, null, "county.yjj", file("b.png", PNG)).andExpect(status().isBadRequest());
        upload(id, 0, "county.yjj", file("b.png", PNG)).andExpect(status().isConflict());
        upload(id, 1, "county.yjj", java.util.stream.IntStream.range(0, 11).mapToObj(i -> file(i + ".png", PNG))
                .toArray(org.springframework.mock.web.MockMultipartFile[]::new)).andExpect(status().isBadRequest());
        get("/api/v1/accidents/" + id, "county.yjj").andExpect(jsonPath("$.files.length()").value(2))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(audit.historyOf("Accident", id).stream()
                .filter(e -> e.action().equals("ATTACH")).count()).isEqualTo(1);
    }

    @Test
    void anOfficialRecordsAFindingOnThePage() throws Exception {
        String id = create(report(0), "ent.a.safety");
        var official = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername("county.yjj"));
        mvc.perform(MockMvcRequestBuilders.get("/accidents/" + id).with(official)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"accident-flag\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"accident-attach\"")));
        mvc.perform(MockMvcRequestBuilders.post("/accidents/" + id + "/flags").with(official)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("version", "0").param("flag", "CONCEALED").param("flagValue", "true"))
                .andExpect(status().is3xxRedirection());
        get("/api/v1/accidents/" + id, "county.yjj").andExpect(jsonPath("$.flags", hasItem("CONCEALED")));
        // a stale form, and an enterprise user: refused
        mvc.perform(MockMvcRequestBuilders.post("/accidents/" + id + "/flags").with(official)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("version", "0").param("flag", "OMITTED").param("flagValue", "true"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("该记录已被他人修改")));
        var worker = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername("ent.a.safety"));
        mvc.perform(MockMvcRequestBuilders.get("/accidents/" + id).with(worker)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"accident-flag\""))));
        get("/api/v1/accidents/" + id, "county.yjj").andExpect(jsonPath("$.flags", not(hasItem("OMITTED"))));
    }

    private static String sha256(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void officialsRegisterNonEnterpriseUnitsInTheirJurisdiction() throws Exception {
        Map<String, Object> village = report(0);
        village.put("regionCode", "990101100201");
        village.put("unitName", "测试村民委员会");
        village.put("sectors", java.util.List.of("18"));
        String id = create(village, "county.yjj");
        get("/api/v1/accidents/" + id, "county.yjj").andExpect(jsonPath("$.enterpriseId").doesNotExist())
                .andExpect(jsonPath("$.unitName").value("测试村民委员会"));
        get("/api/v1/accidents/" + id, "ent.a.safety").andExpect(status().isNotFound());
        village.put("sectors", java.util.List.of("xx"));
        post("/api/v1/accidents", village, "county.yjj", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sectors"));
        village.put("sectors", java.util.List.of("18"));
        village.put("regionCode", "990102100201");
        post("/api/v1/accidents", village, "town.aj", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"));
    }

    @Test
    void supplementsRegradeAndStaleVersionsConflict() throws Exception {
        String id = create(report(1), "ent.a.safety");
        post("/api/v1/accidents/" + id + "/supplements", Map.of("version", 0, "deaths", 2, "missing", 1,
                "seriousInjuries", 0, "directLossYuan", 150000, "note", "一人失踪"), "ent.a.safety", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.grade").value("LARGE"))
                .andExpect(jsonPath("$.supplements[0].gradeBefore").value("GENERAL"))
                .andExpect(jsonPath("$.supplements[0].gradeAfter").value("LARGE"))
                .andExpect(jsonPath("$.clock.length()").value(3));
        post("/api/v1/accidents/" + id + "/supplements", Map.of("version", 0, "deaths", 3, "missing", 0,
                "seriousInjuries", 0, "directLossYuan", 0), "ent.a.safety", null).andExpect(status().isConflict());
        // the unit cannot take back deaths it reported (a regrade below the level reported upwards): the regulator can
        post("/api/v1/accidents/" + id + "/supplements", Map.of("version", 1, "deaths", 0, "missing", 1,
                "seriousInjuries", 0, "directLossYuan", 0, "note", "更正"), "ent.a.boss", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("deaths"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("不能少于已报告的2人")));
        get("/api/v1/accidents/" + id, "county.yjj").andExpect(jsonPath("$.grade").value("LARGE"))
                .andExpect(jsonPath("$.version").value(1));
        post("/api/v1/accidents/" + id + "/transitions", Map.of("version", 0, "action", "START_INVESTIGATION"),
                "county.yjj", null).andExpect(status().isConflict());
        // enterprise users do not investigate
        post("/api/v1/accidents/" + id + "/transitions", Map.of("version", 1, "action", "START_INVESTIGATION"),
                "ent.a.boss", null).andExpect(status().isForbidden());
    }

    @Test
    void anOfficialForwardsInvestigatesAndCloses() throws Exception {
        String id = create(report(0), "ent.a.safety");
        post("/api/v1/accidents/" + id + "/forwards", Map.of("version", 0, "level", "PROVINCE"), "county.yjj", null)
                .andExpect(status().isBadRequest());
        post("/api/v1/accidents/" + id + "/forwards", Map.of("version", 0, "level", "CITY"), "county.yjj", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.clock[1].status").value("DONE"));
        String[][] steps = {{"START_INVESTIGATION", "INVESTIGATING"}, {"SUBMIT_REPORT", "REPORT_SUBMITTED"},
            {"REPLY", "REPLIED"}, {"START_RECTIFICATION", "RECTIFYING"}, {"CLOSE", "CLOSED"}};
        for (String[] s : steps) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("version", version(id, "county.yjj"));
            body.put("action", s[0]);
            body.put("text", "同意");
            post("/api/v1/accidents/" + id + "/transitions", body, "county.yjj", null).andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value(s[1]));
        }
        get("/api/v1/accidents/" + id, "county.yjj").andExpect(jsonPath("$.investigation.reportLate").value(false))
                .andExpect(jsonPath("$.investigation.investigatedBy").value("县级"));
        java.util.List<String> actions = new java.util.ArrayList<>(audit.historyOf("Accident", id).stream()
                .map(org.zhiben.audit.AuditEntry::action).toList());
        java.util.Collections.reverse(actions);
        org.assertj.core.api.Assertions.assertThat(actions).containsExactly("CREATE", "FORWARD",
                "START_INVESTIGATION", "SUBMIT_REPORT", "REPLY", "START_RECTIFICATION", "CLOSE");
    }

    @Test
    void voidingNeedsAReasonAndExtensionsHaveLimits() throws Exception {
        String id = create(report(0), "ent.a.safety");
        post("/api/v1/accidents/" + id + "/transitions", Map.of("version", 0, "action", "VOID"), "county.yjj", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        post("/api/v1/accidents/" + id + "/transitions", Map.of("version", 0, "action", "START_INVESTIGATION"),
                "county.yjj", null).andExpect(status().isOk());
        post("/api/v1/accidents/" + id + "/transitions", Map.of("version", 1, "action", "EXTEND_INVESTIGATION",
                "days", 61, "reason", "鉴定", "approvedBy", "示范县人民政府"), "county.yjj", null)
                .andExpect(status().isBadRequest());
        post("/api/v1/accidents/" + id + "/transitions", Map.of("version", 1, "action", "EXTEND_INVESTIGATION",
                "days", 60, "reason", "鉴定", "approvedBy", "示范县人民政府"), "county.yjj", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.investigation.reportExtensionDays").value(60));
        post("/api/v1/accidents/" + id + "/transitions", Map.of("version", 2, "action", "VOID", "reason", "重复报告"),
                "county.yjj", null).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("VOIDED"));
    }
}
