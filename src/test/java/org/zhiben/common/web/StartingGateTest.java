package org.zhiben.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** While start-up tasks (demo data, its accounts) still run, nobody can sign in and be told the password is wrong. */
class StartingGateTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartingGate gate = new StartingGate(availability, JsonMapper.builder().build());

    @Test
    void beforeReadinessPagesAndApiAnswerStartingAndHealthPassesThrough() throws Exception {
        MockHttpServletResponse login = call("POST", "/login");
        assertThat(login.getStatus()).isEqualTo(503);
        assertThat(login.getHeader("Retry-After")).isEqualTo("2");
        assertThat(login.getContentAsString()).contains("系统正在启动");

        MockHttpServletResponse api = call("GET", "/api/v1/me");
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"status\":503");

        assertThat(call("GET", "/actuator/health/readiness").getStatus()).isEqualTo(200);
    }

    @Test
    void onceReadyEverythingPassesAndStaysOpen() throws Exception {
        ready(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(call("GET", "/login").getStatus()).isEqualTo(200);
        // later readiness changes (a database outage) are not a start-up: they get their own answers
        ready(ReadinessState.REFUSING_TRAFFIC);
        assertThat(call("GET", "/login").getStatus()).isEqualTo(200);
    }

    private void ready(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
    }

    private MockHttpServletResponse call(String method, String uri) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest(method, uri), response, new MockFilterChain());
        return response;
    }
}
