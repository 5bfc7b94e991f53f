package org.zhiben.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhiben.common.DatabaseOutage;
import tools.jackson.databind.ObjectMapper;

/**
 * The outermost answer to a database outage. Page sessions live in the database, so during an outage a signed-in
 * request fails before any controller runs (loading its session) and the error page cannot load it either; this
 * filter, outside the session filter, answers such a request itself: 503 with Retry-After, a Chinese problem for the
 * API and a self-contained page for browsers — never a 500, and nothing that needs the database to render.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20) // after StartingGate, before Spring Session's filter (HIGHEST_PRECEDENCE + 50)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ObjectMapper json;

    DatabaseOutageFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warn("Database unreachable while serving {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.getMessage());
            response.reset(); // whatever the failed request had begun, a session cookie for a session never saved included
            ServiceUnavailable.write(json, request, response, DatabaseOutage.RETRY_AFTER_SECONDS, "服务暂不可用",
                    DatabaseOutage.MESSAGE, "本页会自动重试;您的登录状态不会因此丢失。");
        }
    }
}
