package org.zhiben.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Until the application is ready — migrations run, every start-up task done, the demo data and its accounts seeded —
 * it takes no traffic: pages answer 503 with a Chinese page that reloads itself, the API a 503 problem, so nobody
 * is told their password is wrong by an application that has not finished starting. Health probes pass through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StartingGate extends OncePerRequestFilter {

    private final ApplicationAvailability availability;
    private final ObjectMapper json;
    private volatile boolean open;

    StartingGate(ApplicationAvailability availability, ObjectMapper json) {
        this.availability = availability;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (open || (open = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC)
                || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
            chain.doFilter(request, response);
            return;
        }
        ServiceUnavailable.write(json, request, response, 2, "系统正在启动", "系统正在启动,请稍后重试。",
                "正在准备数据,完成后本页会自动进入登录页面,请稍候。");
    }
}
