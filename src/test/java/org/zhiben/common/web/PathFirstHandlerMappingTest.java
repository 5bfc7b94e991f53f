package org.zhiben.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhiben.ZhibenTest;

/** Mappings matched path first still route, and still answer a wrong method with 405 and a wrong body with 415. */
@ZhibenTest
class PathFirstHandlerMappingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void theApplicationMatchesPathsFirst() {
        assertThat(mapping).isInstanceOf(PathFirstHandlerMapping.Mapping.class);
    }

    @Test
    void anAddressWithAVariableReachesItsMethod() throws Exception {
        // the controller method is found: the task does not exist, which only the method can tell
        mvc.perform(post("/api/v1/inspection/tasks/" + UUID.randomUUID() + "/records")
                        .with(httpBasic("ent.a.worker", "Demo@12345")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":[]}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aWrongMethodOnAnAddressWithAVariableIsA405ThatSaysWhichMethodsAreAllowed() throws Exception {
        mvc.perform(delete("/api/v1/inspection/tasks/" + UUID.randomUUID() + "/records")
                        .with(httpBasic("ent.a.worker", "Demo@12345")))
                .andExpect(status().isMethodNotAllowed()).andExpect(header().string("Allow", "POST"))
                .andExpect(jsonPath("$.status").value(405));
    }

    @Test
    void aWrongBodyTypeOnAnAddressWithAVariableIsA415() throws Exception {
        mvc.perform(post("/api/v1/inspection/tasks/" + UUID.randomUUID() + "/records")
                        .with(httpBasic("ent.a.worker", "Demo@12345")).contentType(MediaType.TEXT_PLAIN)
                        .content("answers"))
                .andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.status").value(415));
    }
}
