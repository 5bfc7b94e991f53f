package org.zhiben.training;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import tools.jackson.databind.ObjectMapper;

/** Item 4 (remaining): a course edited, its material removed and the course deleted, versioned and in scope. */
@ZhibenTest
class TrainingCourseEditTest {

    private static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private ResultActions send(String method, String url, Object body, String user) throws Exception {
        var r = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), url)
                .with(httpBasic(user, PASSWORD));
        if (body != null) {
            r.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(r);
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Test
    void aCourseIsEditedItsMaterialRemovedAndItIsDeletedWithVersionsAndScope() throws Exception {
        String created = send("POST", "/api/v1/training/courses", Map.of("title", "编辑测试课程", "kind", "TEAM",
                "hours", 2), "ent.a.safety").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/training/courses/" + id + "/materials")
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF)).param("version", "0")
                .with(httpBasic("ent.a.safety", PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.materials.length()").value(1)).andExpect(jsonPath("$.version").value(1));

        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("version", 1);
        edit.put("title", "编辑后的课程");
        edit.put("kind", "WORKSHOP");
        edit.put("hours", 3.5);
        send("PUT", "/api/v1/training/courses/" + id, edit, "ent.b.boss").andExpect(status().isNotFound());
        send("PUT", "/api/v1/training/courses/" + id, edit, "ent.a.worker").andExpect(status().isForbidden());
        send("PUT", "/api/v1/training/courses/" + id, edit, "ent.a.safety").andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("编辑后的课程")).andExpect(jsonPath("$.hours").value(3.5))
                .andExpect(jsonPath("$.version").value(2));
        send("PUT", "/api/v1/training/courses/" + id, edit, "ent.a.safety").andExpect(status().isConflict());
        edit.put("version", 2);
        edit.put("hours", 0);
        send("PUT", "/api/v1/training/courses/" + id, edit, "ent.a.safety").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hours"));

        send("DELETE", "/api/v1/training/courses/" + id + "/materials/1?version=1", null, "ent.a.safety")
                .andExpect(status().isConflict());
        send("DELETE", "/api/v1/training/courses/" + id + "/materials/9?version=2", null, "ent.a.safety")
                .andExpect(status().isNotFound());
        send("DELETE", "/api/v1/training/courses/" + id + "/materials/1?version=2", null, "ent.a.safety")
                .andExpect(status().isOk()).andExpect(jsonPath("$.materials.length()").value(0))
                .andExpect(jsonPath("$.version").value(3));

        send("DELETE", "/api/v1/training/courses/" + id + "?version=2", null, "ent.a.safety")
                .andExpect(status().isConflict());
        send("DELETE", "/api/v1/training/courses/" + id + "?version=3", null, "ent.b.boss")
                .andExpect(status().isNotFound());
        send("DELETE", "/api/v1/training/courses/" + id + "?version=3", null, "ent.a.safety")
                .andExpect(status().isNoContent());
        send("GET", "/api/v1/training/courses/" + id, null, "ent.a.safety").andExpect(status().isNotFound());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select (select count(*) from audit_entry"
                + " where entity_type = 'TrainingCourse' and entity_id = ?) + (select count(*) from audit_pending"
                + " where entity_type = 'TrainingCourse' and entity_id = ?)", Long.class, id, id)).isEqualTo(4 + 1);
    }

    @Test
    void aCourseWithASessionIsKept() throws Exception {
        String created = send("POST", "/api/v1/training/courses", Map.of("title", "有场次的课程", "kind", "TEAM",
                "hours", 2), "ent.a.safety").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        // a session starts at a Beijing time: one given in UTC would be read 8 hours off, so it is refused
        send("POST", "/api/v1/training/courses/" + id + "/sessions", Map.of("startsAt", "2026-01-05T01:00:00Z",
                "place", "会议室", "trainer", "讲师", "personIds", java.util.List.of()), "ent.a.safety")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startsAt"));
        send("POST", "/api/v1/training/courses/" + id + "/sessions", Map.of("startsAt", "2026-01-05T09:00:00",
                "place", "会议室", "trainer", "讲师", "personIds", java.util.List.of()), "ent.a.safety")
                .andExpect(status().isCreated());
        send("DELETE", "/api/v1/training/courses/" + id + "?version=0", null, "ent.a.safety")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sessions"));
        UUID.fromString(id);
    }
}
