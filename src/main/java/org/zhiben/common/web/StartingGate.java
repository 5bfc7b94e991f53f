package org.zhiben.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the application is ready — migrations run, every start-up task done, the demo data and its accounts seeded —
 * it takes no traffic: pages answer 503 with a Chinese page that reloads itself, the API a 503 problem, so nobody
 * is told their password is wrong by an application that has not finished starting. Health probes pass through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StartingGate extends OncePerRequestFilter {

    private final ApplicationAvailability availability;
    private volatile boolean open;

    StartingGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (open || (open = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC)
                || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "2");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"系统正在启动\",\"status\":503,"
                    + "\"detail\":\"系统正在启动,请稍后重试\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("""
                    <!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <meta http-equiv="refresh" content="2"><title>系统正在启动 - 治本</title></head>
                    <body style="font-family:sans-serif;text-align:center;padding:3rem 1rem">
                    <h1 style="font-size:1.4rem">系统正在启动</h1>
                    <p>正在准备数据,完成后本页会自动进入登录页面,请稍候。</p></body></html>""");
        }
    }
}
