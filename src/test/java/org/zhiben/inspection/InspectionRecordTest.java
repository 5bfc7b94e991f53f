package org.zhiben.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.ZhibenTest;
import org.zhiben.common.FileStore;
import org.zhiben.common.Zones;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.ObjectMapper;

/**
 * Records through the API: answers, bad input, idempotency, scope, officials and experts, findings as hazards,
 * parallel submissions.
 */
@ZhibenTest
class InspectionRecordTest {

    static final String PASSWORD = "Demo@12345";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Checklists checklists;
    @Autowired
    FileStore files;
    @Autowired
    TransactionTemplate tx;

    UUID enterprise(String username) {
        return ((CurrentUser) users.loadUserByUsername(username)).enterpriseId();
    }

    UUID userId(String username) {
        return ((CurrentUser) users.loadUserByUsername(username)).id();
    }

    ResultActions postJson(String url, Object body, String username, String key) throws Exception {
        var request = post(url).with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    String check(UUID enterprise, String type, String templateCode, String username, UUID assignee) throws Exception {
        Map<String, Object> body = new HashMap<>();
        LocalDate today = LocalDate.now(Zones.CHINA);
        body.put("taskType", type);
        body.put("templateId", checklists.byCode(templateCode).orElseThrow().id());
        body.put("from", today.toString());
        body.put("to", today.plusDays(2).toString());
        body.put("assigneeUserId", assignee);
        String response = postJson("/api/v1/inspection/enterprises/" + enterprise + "/checks", body, username,
                UUID.randomUUID().toString()).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    List<String> itemIds(String task, String username) throws Exception {
        String detail = mvc.perform(get("/api/v1/inspection/tasks/" + task).with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(detail, "$.items[*].id");
    }

    static Map<String, Object> record(List<String> items, String result) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String id : items) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("itemId", id);
            a.put("result", result);
            answers.add(a);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", answers);
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> answer(Map<String, Object> record, int i) {
        return ((List<Map<String, Object>>) record.get("answers")).get(i);
    }

    @Test
    void aWorkerSubmitsOnceAndARetryWithTheSameKeyAnswersTheSameRecord() throws Exception {
        UUID a = enterprise("ent.a.safety");
        String task = check(a, "COMPREHENSIVE", "SMALL-GENERAL", "ent.a.safety", null);
        List<String> items = itemIds(task, "ent.a.worker");
        assertThat(items).hasSize(13);
        Map<String, Object> body = record(items, "OK");
        answer(body, 7).put("result", "NOT_APPLICABLE");
        // whitespace around it is ignored, as it was when the API took the text and stripped it
        answer(body, 3).put("photoBase64", " " + Base64.getEncoder().encodeToString(PNG) + "\n");
        String key = UUID.randomUUID().toString();
        String first = postJson("/api/v1/inspection/tasks/" + task + "/records", body, "ent.a.worker", key)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.source").value("COMPREHENSIVE"))
                .andExpect(jsonPath("$.findings").value(0))
                .andExpect(jsonPath("$.answers[7].result").value("NOT_APPLICABLE"))
                .andReturn().getResponse().getContentAsString();
        String second = postJson("/api/v1/inspection/tasks/" + task + "/records", body, "ent.a.worker", key)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        String photoKey = jdbc.queryForObject("select photo_key from inspection_answer where record_id = ?"
                + " and position = 3", String.class, UUID.fromString(JsonPath.read(first, "$.id")));
        try (var stored = files.open(photoKey)) {
            assertThat(stored.readAllBytes()).isEqualTo(PNG);
        }
        assertThat(jdbc.queryForObject("select count(*) from inspection_record where task_id = ?", Long.class,
                UUID.fromString(task))).isEqualTo(1);
        // a second submission with another key finds the task done: conflict
        postJson("/api/v1/inspection/tasks/" + task + "/records", body, "ent.a.worker", UUID.randomUUID().toString())
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select status from inspection_task where id = ?", String.class,
                UUID.fromString(task))).isEqualTo("DONE");
    }

    @Test
    void badAnswersAreRefusedWithFieldErrorsAndNothingIsWritten() throws Exception {
        UUID a = enterprise("ent.a.safety");
        String task = check(a, "SEASONAL", "SMALL-GENERAL", "ent.a.safety", null);
        List<String> items = itemIds(task, "ent.a.worker");
        String url = "/api/v1/inspection/tasks/" + task + "/records";

        Map<String, Object> foreign = record(items, "OK");
        answer(foreign, 0).put("itemId", UUID.randomUUID().toString());
        postJson(url, foreign, "ent.a.worker", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers[0].itemId"));

        Map<String, Object> notImage = record(items, "OK");
        answer(notImage, 2).put("photoBase64", Base64.getEncoder().encodeToString("<script>x</script>".getBytes()));
        postJson(url, notImage, "ent.a.worker", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers[2].photo"));

        for (Object notBase64 : List.of("照片.jpg", "iVBORw0K#GgoAAAA", 42)) {
            Map<String, Object> garbled = record(items, "OK");
            answer(garbled, 2).put("photoBase64", notBase64);
            postJson(url, garbled, "ent.a.worker", null).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("answers[2].photoBase64"))
                    .andExpect(jsonPath("$.errors[0].message").value("照片应为 base64 编码的 JPEG 或 PNG"));
        }

        Map<String, Object> hazardWithoutNote = record(items, "OK");
        answer(hazardWithoutNote, 1).put("result", "HAZARD");
        postJson(url, hazardWithoutNote, "ent.a.worker", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers[1].note"));

        Map<String, Object> incomplete = record(items.subList(0, 5), "OK");
        postJson(url, incomplete, "ent.a.worker", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers"));

        Map<String, Object> stale = record(items, "OK");
        stale.put("version", 7);
        postJson(url, stale, "ent.a.worker", null).andExpect(status().isConflict());

        // the page: the refused form comes back with what was entered (results, notes), saying what is missing
        var form = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/inspection/tasks/"
                + task).param("version", "0").param("idempotencyKey", UUID.randomUUID().toString());
        for (String item : items) {
            form.param("result_" + item, item.equals(items.get(1)) ? "HAZARD" : "OK"); // a finding without its note
        }
        form.param("note_" + items.get(0), "阀门已查看<b>")
                .file(new org.springframework.mock.web.MockMultipartFile("photo_" + items.get(2), "a.png", "image/png",
                        PNG));
        String page = mvc.perform(form.with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("ent.a.worker")))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("所选照片未保存,请重新选择").contains("阀门已查看&lt;b&gt;</textarea>")
                .containsPattern("id=\"r_" + items.get(1) + "_HAZARD\" value=\"HAZARD\" required checked=\"checked\"")
                .containsPattern("id=\"r_" + items.get(0) + "_OK\" value=\"OK\" required checked=\"checked\"");

        assertThat(jdbc.queryForObject("select count(*) from inspection_record where task_id = ?", Long.class,
                UUID.fromString(task))).isZero();
        assertThat(jdbc.queryForObject("select status from inspection_task where id = ?", String.class,
                UUID.fromString(task))).isEqualTo("OPEN");
    }

    @Test
    void tasksOutsideTheScopeDoNotExistAndSomeoneElsesTaskIsForbidden() throws Exception {
        UUID a = enterprise("ent.a.safety");
        String task = check(a, "PRE_HOLIDAY", "SMALL-GENERAL", "ent.a.safety", userId("ent.a.boss"));
        for (String outsider : List.of("ent.b.boss", "county.zjj", "expert1")) {
            mvc.perform(get("/api/v1/inspection/tasks/" + task).with(httpBasic(outsider, PASSWORD)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/inspection/tasks/" + task).with(httpBasic("county.yjj", PASSWORD)))
                .andExpect(status().isOk());
        List<String> items = itemIds(task, "ent.a.worker");
        postJson("/api/v1/inspection/tasks/" + task + "/records", record(items, "OK"), "ent.b.boss", null)
                .andExpect(status().isNotFound());
        // assigned to the principal: the worker may see it but not submit it
        postJson("/api/v1/inspection/tasks/" + task + "/records", record(items, "OK"), "ent.a.worker", null)
                .andExpect(status().isForbidden());
        postJson("/api/v1/inspection/tasks/" + task + "/records", record(items, "OK"), "ent.a.boss", null)
                .andExpect(status().isCreated());
        // enterprises cannot open a supervision check on themselves
        Map<String, Object> body = new HashMap<>();
        body.put("taskType", "SUPERVISION");
        body.put("templateId", checklists.byCode("SMALL-GENERAL").orElseThrow().id());
        body.put("from", LocalDate.now(Zones.CHINA).toString());
        body.put("to", LocalDate.now(Zones.CHINA).toString());
        postJson("/api/v1/inspection/enterprises/" + a + "/checks", body, "ent.a.safety", null)
                .andExpect(status().isForbidden());
    }

    @Test
    void thePrincipalsMajorHazardInspectionIsDoneByThePrincipalAloneAndARefusalSaysWhy() throws Exception {
        UUID a = enterprise("ent.a.boss");
        UUID task = jdbc.queryForList("select id from inspection_task where enterprise_id = ? and task_type ="
                + " 'MAJOR_HAZARD' and status = 'OPEN'", UUID.class, a).get(0);
        String url = "/api/v1/inspection/tasks/" + task;
        List<String> items = itemIds(task.toString(), "ent.a.worker");
        for (String other : List.of("ent.a.worker", "ent.a.safety")) {
            mvc.perform(get(url).with(httpBasic(other, PASSWORD))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.executable").value(false))
                    .andExpect(jsonPath("$.refusal").value("该任务须由主要负责人本人完成"));
            postJson(url + "/records", record(items, "OK"), other, UUID.randomUUID().toString())
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("该任务须由主要负责人本人完成"));
        }
        mvc.perform(get(url).with(httpBasic("ent.a.boss", PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.executable").value(true));
        assertThat(jdbc.queryForObject("select status from inspection_task where id = ?", String.class, task))
                .isEqualTo("OPEN");
    }

    @Test
    void anOfficialSendsAnExpertForAThoroughReviewAndTheExpertSeesThatEnterpriseOnly() throws Exception {
        UUID b = enterprise("ent.b.boss");
        UUID a = enterprise("ent.a.safety");
        UUID expert = userId("expert1");
        String task = check(b, "EXPERT_REVIEW", "SMALL-GENERAL", "county.yjj", expert);
        List<String> items = itemIds(task, "expert1");
        mvc.perform(get("/api/v1/inspection/enterprises/" + b + "/tasks?from=2020-01-01&to=2020-12-31")
                .with(httpBasic("expert1", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/inspection/enterprises/" + a + "/tasks?from=2020-01-01&to=2020-12-31")
                .with(httpBasic("expert1", PASSWORD))).andExpect(status().isNotFound());
        postJson("/api/v1/inspection/tasks/" + task + "/records", record(items, "OK"), "ent.b.boss", null)
                .andExpect(status().isForbidden());
        Map<String, Object> finding = record(items, "OK");
        answer(finding, 0).put("result", "HAZARD");
        answer(finding, 0).put("note", "专家精查:配电室无绝缘垫");
        String recorded = postJson("/api/v1/inspection/tasks/" + task + "/records", finding, "expert1", null)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.source").value("EXPERT_REVIEW"))
                .andReturn().getResponse().getContentAsString();
        // the expert's finding lands in B's ledger with the expert as reporter, though the expert has no jurisdiction
        Map<String, Object> hazard = jdbc.queryForMap("select * from hazard_hazard where id = ?",
                UUID.fromString(JsonPath.read(recorded, "$.answers[0].hazardId")));
        assertThat(hazard.get("enterprise_id")).isEqualTo(b);
        assertThat(hazard.get("source")).isEqualTo("EXPERT_REVIEW");
        assertThat(hazard.get("reported_by")).isEqualTo(expert);
        assertThat(hazard.get("region_code")).isEqualTo(jdbc.queryForObject(
                "select region_code from directory_enterprise where id = ?", String.class, b));
        // the official's own supervision check
        String supervision = check(b, "SUPERVISION", "SMALL-GENERAL", "county.yjj", null);
        postJson("/api/v1/inspection/tasks/" + supervision + "/records",
                record(itemIds(supervision, "county.yjj"), "OK"), "county.yjj", null)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.source").value("SUPERVISION"));
        // an official cannot send someone who is not an expert
        Map<String, Object> body = new HashMap<>();
        body.put("taskType", "EXPERT_REVIEW");
        body.put("templateId", checklists.byCode("SMALL-GENERAL").orElseThrow().id());
        body.put("from", LocalDate.now(Zones.CHINA).toString());
        body.put("to", LocalDate.now(Zones.CHINA).toString());
        body.put("assigneeUserId", userId("ent.a.worker"));
        postJson("/api/v1/inspection/enterprises/" + b + "/checks", body, "county.yjj", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("assigneeUserId"));
    }

    /** A finding on a major item reports a hazard proposed 重大 with the record, source and links. */
    @Test
    void aFindingBecomesAHazardLinkedToTheRecord() throws Exception {
        UUID a = enterprise("ent.a.safety");
        String task = check(a, "COMPREHENSIVE", "GM-MAJOR-GENERAL", "ent.a.safety", null);
        List<String> items = itemIds(task, "ent.a.worker");
        Map<String, Object> body = record(items, "OK");
        answer(body, 1).put("result", "HAZARD");
        answer(body, 1).put("note", "叉车司机张某的特种作业操作证已过期仍在作业");
        // padding is optional
        answer(body, 1).put("photoBase64", Base64.getEncoder().withoutPadding().encodeToString(PNG));
        String key = UUID.randomUUID().toString();
        String response = postJson("/api/v1/inspection/tasks/" + task + "/records", body, "ent.a.worker", key)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.findings").value(1))
                .andReturn().getResponse().getContentAsString();
        String recordId = JsonPath.read(response, "$.id");
        String hazardId = JsonPath.read(response, "$.answers[1].hazardId");
        Map<String, Object> hazard = jdbc.queryForMap("select * from hazard_hazard where id = ?",
                UUID.fromString(hazardId));
        assertThat(hazard.get("inspection_record_id")).isEqualTo(UUID.fromString(recordId));
        assertThat(hazard.get("level")).isEqualTo("MAJOR");
        assertThat(hazard.get("source")).isEqualTo("COMPREHENSIVE");
        postJson("/api/v1/inspection/tasks/" + task + "/records", body, "ent.a.worker", key)
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select count(*) from hazard_hazard where inspection_record_id = ?",
                Long.class, UUID.fromString(recordId))).isEqualTo(1);
    }

    /**
     * Two people submit the same task at the same moment (real parallel requests): one record is written, the other
     * request gets 409, never a 500, a second record or a duplicate hazard.
     */
    @Test
    void ofTwoParallelSubmissionsOneWinsAndTheOtherGetsAConflict() throws Exception {
        UUID a = enterprise("ent.a.safety");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String task = check(a, "COMPREHENSIVE", "SMALL-GENERAL", "ent.a.safety", null);
                Map<String, Object> body = record(itemIds(task, "ent.a.worker"), "OK");
                answer(body, 0).put("result", "HAZARD");
                answer(body, 0).put("note", "消防通道堆放货物");
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Integer>> calls = new ArrayList<>();
                for (String user : List.of("ent.a.worker", "ent.a.safety")) {
                    calls.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return postJson("/api/v1/inspection/tasks/" + task + "/records", body, user,
                                UUID.randomUUID().toString()).andReturn().getResponse().getStatus();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> call : calls) {
                    statuses.add(call.get(60, TimeUnit.SECONDS));
                }
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 409);
                UUID id = UUID.fromString(task);
                assertThat(jdbc.queryForObject("select count(*) from inspection_record where task_id = ?",
                        Long.class, id)).isEqualTo(1);
                assertThat(jdbc.queryForObject("select count(*) from hazard_hazard h join inspection_record r"
                        + " on h.inspection_record_id = r.id where r.task_id = ?", Long.class, id)).isEqualTo(1);
                assertThat(jdbc.queryForObject("select status from inspection_task where id = ?", String.class, id))
                        .isEqualTo("DONE");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Another writer (the missed-marking batch, say) holds the task's row longer than the database's lock timeout:
     * the submission waits, then ends in a conflict, never a 500.
     */
    @Test
    void aSubmissionWhileAnotherWriterHoldsTheTaskIsAConflict() throws Exception {
        String task = check(enterprise("ent.a.safety"), "COMPREHENSIVE", "SMALL-GENERAL", "ent.a.safety", null);
        Map<String, Object> body = record(itemIds(task, "ent.a.worker"), "OK");
        CountDownLatch held = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = pool.submit(() -> tx.executeWithoutResult(s -> {
                jdbc.update("update inspection_task set version = version + 1 where id = ?", UUID.fromString(task));
                held.countDown();
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            postJson("/api/v1/inspection/tasks/" + task + "/records", body, "ent.a.worker", null)
                    .andExpect(status().isConflict());
            holder.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select status from inspection_task where id = ?", String.class,
                UUID.fromString(task))).isEqualTo("OPEN");
    }
}

