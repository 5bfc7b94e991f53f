package org.zhiben.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import tools.jackson.databind.ObjectMapper;

@ZhibenTest
class TrainingApiTest {

    private static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserAccounts accounts;

    private ResultActions send(String method, String url, Object body, String user) throws Exception {
        var r = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), url)
                .with(httpBasic(user, PASSWORD));
        if (body != null) {
            r.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(r);
    }

    private static String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    private UUID userId(String username) {
        return accounts.usersWithRole(Role.ENTERPRISE_WORKER).stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow().id();
    }

    private String person(String name, String staffNo, String position, boolean special, UUID user) throws Exception {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("staffNo", staffNo);
        p.put("kind", "EMPLOYEE");
        p.put("position", position);
        p.put("hiredOn", "2024-03-01");
        p.put("specialOperator", special);
        p.put("userId", user);
        return JsonPath.read(body(send("POST", "/api/v1/training/people", p, "ent.a.safety")
                .andExpect(status().isCreated())), "$.id");
    }

    @Test
    void anExpiredCertificateInAPositionThatRequiresOneIsProposedAsAMajorHazardOnce() throws Exception {
        send("POST", "/api/v1/training/position-requirements", Map.of("position", "配电值班电工", "typeCode", "SP_ELEC"),
                "ent.a.safety").andExpect(status().isNoContent());
        String id = person("测试电工甲", "T-E-" + UUID.randomUUID().toString().substring(0, 8), "配电值班电工", true, null);
        Map<String, Object> cert = new LinkedHashMap<>();
        cert.put("typeCode", "SP_ELEC");
        cert.put("number", "T-CERT-1");
        cert.put("issuer", "示范市应急管理局");
        cert.put("issuedOn", "2018-01-10");
        send("POST", "/api/v1/training/people/" + id + "/certificates", cert, "ent.a.safety")
                .andExpect(status().isCreated());
        String file = body(send("GET", "/api/v1/training/people/" + id, null, "ent.a.safety").andExpect(status().isOk()));
        assertThat((List<?>) JsonPath.read(file, "$.findings")).hasSize(1);
        assertThat((String) JsonPath.read(file, "$.certificates[0].validUntil")).isEqualTo("2024-01-10");
        assertThat((Boolean) JsonPath.read(file, "$.certificates[0].valid")).isFalse();
        String hazardId = JsonPath.read(file, "$.findings[0].hazardId");
        String hazard = body(send("GET", "/api/v1/hazards/" + hazardId, null, "ent.a.safety").andExpect(status().isOk()));
        assertThat(hazard).contains("第三条(二)").contains("REPORTED").contains("MAJOR");
        // a second check proposes nothing more
        assertThat(body(send("POST", "/api/v1/training/people/" + id + "/certificate-check", null, "ent.a.safety")
                .andExpect(status().isOk()))).contains("\"hazardIds\":[]");
    }

    @Test
    void aCertificateExpiringBeforeItWasIssuedIs400() throws Exception {
        String id = person("测试乙", "T-B-" + UUID.randomUUID().toString().substring(0, 8), null, false, null);
        send("POST", "/api/v1/training/people/" + id + "/certificates", Map.of("typeCode", "SP_WELD", "number", "X1",
                "issuer", "某局", "issuedOn", "2024-05-01", "validUntil", "2024-04-30"), "ent.a.safety")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("validUntil"));
        // nor later than the type's term (特种作业操作证: 6 years): a certificate that never expires is no certificate
        send("POST", "/api/v1/training/people/" + id + "/certificates", Map.of("typeCode", "SP_WELD", "number", "X1",
                "issuer", "某局", "issuedOn", "2024-05-01", "validUntil", "2100-12-31"), "ent.a.safety")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("validUntil"));
        send("POST", "/api/v1/training/people/" + id + "/certificates", Map.of("typeCode", "SP_WELD", "number", "X1",
                "issuer", "某局", "issuedOn", "2024-05-01", "validUntil", "2030-05-01"), "ent.a.safety")
                .andExpect(status().isCreated());
        send("POST", "/api/v1/training/people/" + id + "/hours", Map.of("kind", "FACTORY", "hours", -2,
                "takenOn", "2024-05-01", "topic", "厂级"), "ent.a.safety").andExpect(status().isBadRequest());
        send("POST", "/api/v1/training/people", Map.of("name", "x", "staffNo", "y", "kind", "EMPLOYEE",
                "hiredOn", "2024-01-01", "position", "不存在的岗位"), "ent.a.safety").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("position"));
    }

    @Test
    void scopeOtherEnterpriseIs404AndAWorkerSeesOnlyTheirOwnRecord() throws Exception {
        String other = person("测试丙", "T-C-" + UUID.randomUUID().toString().substring(0, 8), null, false, null);
        send("GET", "/api/v1/training/people/" + other, null, "ent.b.boss").andExpect(status().isNotFound());
        send("GET", "/api/v1/training/people/" + other, null, "ent.a.worker").andExpect(status().isNotFound());
        send("GET", "/api/v1/training/people/" + other, null, "ent.a.safety").andExpect(status().isOk());
        String list = body(send("GET", "/api/v1/training/people", null, "ent.a.worker").andExpect(status().isOk()));
        assertThat(list).doesNotContain(other);
    }

    private String question(String type, String stem, List<String> options, String answer) throws Exception {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("type", type);
        q.put("stem", stem);
        q.put("options", options);
        q.put("answer", answer);
        q.put("explanation", "解析:" + stem);
        q.put("source", "测试");
        q.put("tagTopic", "测试题");
        return JsonPath.read(body(send("POST", "/api/v1/training/questions", q, "ent.a.safety")
                .andExpect(status().isCreated())), "$.id");
    }

    @Test
    void aWorkerTakesAnExamResumesItAndADoubleSubmitScoresOnceAndTheViolationGateOpensOnlyAfterAPass()
            throws Exception {
        String s1 = question("SINGLE", "测试:配电室停电检修应先做什么?" + UUID.randomUUID(), List.of("验电", "直接作业", "通知食堂"), "A");
        String m1 = question("MULTIPLE", "测试:下列属于安全用具的有?" + UUID.randomUUID(),
                List.of("绝缘手套", "绝缘靴", "普通布鞋", "验电器"), "ABD");
        String j1 = question("JUDGE", "测试:特种作业人员须持证上岗。" + UUID.randomUUID(), List.of(), "对");
        // options a candidate could not tell apart, or one that would be stored as two, are refused
        for (List<String> bad : List.of(List.of("验电", "直接作业", " 验电"), List.of("验电\n挂牌", "直接作业"))) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("type", "SINGLE");
            q.put("stem", "测试:重复选项");
            q.put("options", bad);
            q.put("answer", "A");
            q.put("explanation", "解析");
            send("POST", "/api/v1/training/questions", q, "ent.a.safety").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("options"));
        }
        Map<String, Object> exam = new LinkedHashMap<>();
        exam.put("title", "测试考试");
        exam.put("questionIds", List.of(s1, m1, j1));
        exam.put("pointsEach", 10);
        exam.put("passMark", 20);
        exam.put("minutes", 30);
        // a question listed twice would shrink the paper under its pass mark
        Map<String, Object> repeated = new LinkedHashMap<>(exam);
        repeated.put("questionIds", List.of(j1, j1, j1));
        send("POST", "/api/v1/training/exams", repeated, "ent.a.safety").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("questionIds"));
        String examId = JsonPath.read(body(send("POST", "/api/v1/training/exams", exam, "ent.a.safety")
                .andExpect(status().isCreated())), "$.id");
        // the worker's person record (linked to their account) exists once; create it if the demo has none
        String mine = body(send("GET", "/api/v1/training/people", null, "ent.a.worker"));
        String personId = ((List<?>) JsonPath.read(mine, "$")).isEmpty()
                ? person("郑操作", "T-W-" + UUID.randomUUID().toString().substring(0, 8), null, false,
                        userId("ent.a.worker"))
                : JsonPath.read(mine, "$[0].id");
        // an account belongs to one person's file: a second link is refused beside the field
        Map<String, Object> twin = new LinkedHashMap<>();
        twin.put("name", "郑操作二");
        twin.put("kind", "EMPLOYEE");
        twin.put("hiredOn", "2024-03-01");
        twin.put("userId", userId("ent.a.worker"));
        send("POST", "/api/v1/training/people", twin, "ent.a.safety").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("userId"));
        int v = JsonPath.read(body(send("GET", "/api/v1/training/people/" + personId, null, "ent.a.safety")),
                "$.person.version");
        send("POST", "/api/v1/training/people/" + personId + "/violation", Map.of("version", v,
                "on", LocalDate.now().toString(), "note", "未系安全带登高"), "ent.a.safety").andExpect(status().isOk());
        v = JsonPath.read(body(send("GET", "/api/v1/training/people/" + personId, null, "ent.a.safety")),
                "$.person.version");
        send("POST", "/api/v1/training/people/" + personId + "/return-to-duty", Map.of("version", v), "ent.a.safety")
                .andExpect(status().isBadRequest());

        String attempt = body(send("POST", "/api/v1/training/exams/" + examId + "/attempts", null, "ent.a.worker")
                .andExpect(status().isOk()));
        String attemptId = JsonPath.read(attempt, "$.id");
        // answer each question right, in the letters shown (the options are shuffled per candidate)
        List<Map<String, Object>> qs = JsonPath.read(attempt, "$.questions");
        Map<String, String> right = Map.of(s1, "验电", m1, "绝缘手套|绝缘靴|验电器", j1, "");
        for (Map<String, Object> q : qs) {
            String qid = (String) q.get("id");
            StringBuilder letters = new StringBuilder();
            if ("JUDGE".equals(q.get("type"))) {
                letters.append("T");
            } else {
                for (Object o : (List<?>) q.get("options")) {
                    Map<?, ?> opt = (Map<?, ?>) o;
                    if (Set.of(right.get(qid).split("\\|")).contains(opt.get("text"))) {
                        letters.append(opt.get("letter"));
                    }
                }
            }
            send("PUT", "/api/v1/training/attempts/" + attemptId + "/answers/" + qid, Map.of("choices",
                    letters.toString()), "ent.a.worker").andExpect(status().isNoContent());
        }
        // two letters to a single-choice or true/false question are refused, and the saved answer stays
        for (String one : List.of(s1, j1)) {
            send("PUT", "/api/v1/training/attempts/" + attemptId + "/answers/" + one, Map.of("choices",
                    one.equals(j1) ? "TF" : "AB"), "ent.a.worker").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("choices"));
        }
        // a number or text without option letters is refused, not read as "no answer"
        for (Object bad : List.of(123, "第一个", "1")) {
            send("PUT", "/api/v1/training/attempts/" + attemptId + "/answers/" + s1, Map.of("choices", bad),
                    "ent.a.worker").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("choices"));
        }
        // an answer for a question not on the paper is 400
        send("PUT", "/api/v1/training/attempts/" + attemptId + "/answers/" + UUID.randomUUID(), Map.of("choices", "A"),
                "ent.a.worker").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field")
                        .value("questionId"));
        // resumed: starting again answers the same attempt with the saved answers
        String resumed = body(send("POST", "/api/v1/training/exams/" + examId + "/attempts", null, "ent.a.worker"));
        assertThat((String) JsonPath.read(resumed, "$.id")).isEqualTo(attemptId);
        assertThat((List<?>) JsonPath.read(resumed, "$.questions[?(@.given == '')]")).isEmpty();
        // another worker's manager sees it, another enterprise does not
        send("GET", "/api/v1/training/attempts/" + attemptId, null, "ent.b.boss").andExpect(status().isNotFound());

        String first = body(send("POST", "/api/v1/training/attempts/" + attemptId + "/submit", null, "ent.a.worker")
                .andExpect(status().isOk()));
        assertThat((Integer) JsonPath.read(first, "$.score")).isEqualTo(30);
        assertThat((Boolean) JsonPath.read(first, "$.passed")).isTrue();
        assertThat(first).contains("解析:");
        String second = body(send("POST", "/api/v1/training/attempts/" + attemptId + "/submit", null, "ent.a.worker")
                .andExpect(status().isOk()));
        assertThat((String) JsonPath.read(second, "$.submittedAt")).isEqualTo(JsonPath.read(first, "$.submittedAt"));
        send("PUT", "/api/v1/training/attempts/" + attemptId + "/answers/" + s1, Map.of("choices", "B"),
                "ent.a.worker").andExpect(status().isBadRequest());
        String stats = body(send("GET", "/api/v1/training/statistics", null, "ent.a.safety").andExpect(status().isOk()));
        assertThat(stats).contains("测试考试");

        v = JsonPath.read(body(send("GET", "/api/v1/training/people/" + personId, null, "ent.a.safety")),
                "$.person.version");
        send("POST", "/api/v1/training/people/" + personId + "/return-to-duty", Map.of("version", v - 1),
                "ent.a.safety").andExpect(status().isConflict());
        send("POST", "/api/v1/training/people/" + personId + "/return-to-duty", Map.of("version", v), "ent.a.safety")
                .andExpect(status().isOk()).andExpect(jsonPath("$.onDuty").value(true));
    }

    @Test
    void aBankImportWithASingleChoiceQuestionWithTwoAnswersIsARowError() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("题库");
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "答案", "解析", "出处", "行业", "岗位", "主题"));
            rows.add(List.of("单选", "灭火器压力表指针在哪个区域为正常?", "绿区", "红区", "黄区", "", "", "", "A", "绿区正常", "测试", "", "", "消防"));
            rows.add(List.of("单选", "有两个答案的单选题", "甲", "乙", "丙", "", "", "", "AB", "无", "测试", "", "", "消防"));
            for (int i = 0; i < rows.size(); i++) {
                var r = sheet.createRow(i);
                for (int c = 0; c < rows.get(i).size(); c++) {
                    r.createCell(c).setCellValue(rows.get(i).get(c));
                }
            }
            wb.write(out);
        }
        String report = body(mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/training/questions/import")
                .file(new MockMultipartFile("file", "bank.xlsx", "application/octet-stream", out.toByteArray()))
                .with(httpBasic("ent.a.safety", PASSWORD))).andExpect(status().isOk()));
        assertThat((Integer) JsonPath.read(report, "$.saved")).isZero();
        assertThat((Integer) JsonPath.read(report, "$.errors[0].row")).isEqualTo(3);
        assertThat((String) JsonPath.read(report, "$.errors[0].reason")).contains("单选题只能有一个正确答案");
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/training/questions/import")
                .file(new MockMultipartFile("file", "bank.xlsx", "application/octet-stream", "not a workbook".getBytes()))
                .with(httpBasic("ent.a.safety", PASSWORD))).andExpect(status().isBadRequest());
    }

    @Test
    void aPeopleImportReportsEachBadRowAndSavesNothing() throws Exception {
        String no = "IMP-" + UUID.randomUUID().toString().substring(0, 6);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("人员");
            List<List<String>> rows = List.of(
                    List.of("姓名", "工号", "用工类型", "岗位", "入职日期", "主要负责人", "安全管理人员", "特种作业人员"),
                    List.of("导入甲", no + "1", "劳务派遣", "冲压操作工", "2025-02-01", "否", "否", "否"),
                    List.of("导入乙", no + "1", "灵活用工", "", "2025-02-01", "否", "否", "否"),
                    List.of("导入丙", no + "3", "员工", "不存在的岗位", "2025-02-01", "否", "否", "是"));
            for (int i = 0; i < rows.size(); i++) {
                var r = sheet.createRow(i);
                for (int c = 0; c < rows.get(i).size(); c++) {
                    r.createCell(c).setCellValue(rows.get(i).get(c));
                }
            }
            wb.write(out);
        }
        String report = body(mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/training/people/import")
                .file(new MockMultipartFile("file", "people.xlsx", "application/octet-stream", out.toByteArray()))
                .with(httpBasic("ent.a.safety", PASSWORD))).andExpect(status().isOk()));
        assertThat((Integer) JsonPath.read(report, "$.saved")).isZero();
        assertThat((List<Integer>) JsonPath.read(report, "$.errors[*].row")).containsExactly(3, 4);
        assertThat(report).contains("工号与第2行重复").contains("岗位不存在");
        assertThat(body(send("GET", "/api/v1/training/people", null, "ent.a.safety"))).doesNotContain(no);
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/training/people/import")
                .file(new MockMultipartFile("file", "people.xlsx", "application/octet-stream", out.toByteArray()))
                .with(httpBasic("ent.a.worker", PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void theBankExportsInTheImportLayout() throws Exception {
        byte[] xlsx = mvc.perform(MockMvcRequestBuilders.get("/api/v1/training/questions/export")
                .with(httpBasic("ent.a.safety", PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            int header = -1;
            for (var row : sheet) {
                if (row.getCell(0) != null && "题型".equals(row.getCell(0).getStringCellValue())) {
                    header = row.getRowNum();
                    assertThat(row.getCell(8).getStringCellValue()).isEqualTo("答案");
                }
            }
            assertThat(header).isBetween(0, 3);
            assertThat(sheet.getLastRowNum() - header).isGreaterThanOrEqualTo(60);

            // imported again as exported: nothing added, nothing changed
            int questions = sheet.getLastRowNum() - header;
            String same = importQuestions(xlsx);
            assertThat((Integer) JsonPath.read(same, "$.saved")).isZero();
            assertThat((Integer) JsonPath.read(same, "$.updated")).isZero();
            // edited: the question its row names is changed, not added again
            var edited = sheet.getRow(header + 1).getCell(9);
            edited.setCellValue(edited.getStringCellValue() + "(修订)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            String changed = importQuestions(out.toByteArray());
            assertThat((Integer) JsonPath.read(changed, "$.saved")).isEqualTo(1);
            assertThat((Integer) JsonPath.read(changed, "$.updated")).isEqualTo(1);
            try (XSSFWorkbook after = new XSSFWorkbook(new java.io.ByteArrayInputStream(mvc.perform(
                    MockMvcRequestBuilders.get("/api/v1/training/questions/export").with(httpBasic("ent.a.safety",
                            PASSWORD))).andReturn().getResponse().getContentAsByteArray()))) {
                assertThat(after.getSheetAt(0).getLastRowNum() - header).isEqualTo(questions);
            }
            // the same question twice in one sheet is a row error
            var twice = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int c = 0; c < 14; c++) {
                var from = sheet.getRow(header + 1).getCell(c);
                twice.createCell(c).setCellValue(from == null ? "" : from.getStringCellValue());
            }
            out.reset();
            wb.write(out);
            String doubled = importQuestions(out.toByteArray());
            assertThat((Integer) JsonPath.read(doubled, "$.saved")).isZero();
            assertThat((String) JsonPath.read(doubled, "$.errors[0].reason")).isEqualTo("与第" + (header + 2)
                    + "行的题型和题干相同");
        }
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/training/questions/export")
                .with(httpBasic("ent.a.worker", PASSWORD))).andExpect(status().isForbidden());
    }

    private String importQuestions(byte[] xlsx) throws Exception {
        return body(mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/training/questions/import")
                .file(new MockMultipartFile("file", "bank.xlsx", "application/octet-stream", xlsx))
                .with(httpBasic("ent.a.safety", PASSWORD))).andExpect(status().isOk()));
    }
}
