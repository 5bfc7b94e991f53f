package org.zhiben.demo;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;

/** The demo county's accidents: different grades and states, a concealed one, a village one the enterprise never sees. */
@ZhibenTest
class AccidentDemoDataTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theCountySeesTheDemoAccidents() throws Exception {
        mvc.perform(get("/api/v1/accidents?size=200").with(httpBasic("county.yjj", "Demo@12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].grade", hasItems("GENERAL", "LARGE")))
                .andExpect(jsonPath("$.items[*].state", hasItems("REPORTED", "INVESTIGATING", "CLOSED", "VOIDED")))
                .andExpect(jsonPath("$.items[*].flags[*]", hasItems("CONCEALED", "LATE")))
                .andExpect(jsonPath("$.items[*].unitName", hasItem("南山村民委员会")));
        mvc.perform(get("/api/v1/accidents?grade=LARGE&size=200").with(httpBasic("county.yjj", "Demo@12345")))
                .andExpect(jsonPath("$.items[*].supplements[*].gradeAfter", hasItem("LARGE")));
        mvc.perform(get("/api/v1/accidents?size=200").with(httpBasic("ent.b.boss", "Demo@12345")))
                .andExpect(jsonPath("$.items[*].unitName", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("示范化工有限公司"))));
    }
}
