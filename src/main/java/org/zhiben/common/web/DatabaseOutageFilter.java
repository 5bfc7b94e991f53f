package org.zhiben.common.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhiben.common.DatabaseOutage;
import tools.jackson.databind.ObjectMapper;

/**
 * The outermost answer to a database outage. Page sessions live in the database, so during an outage a signed-in
 * request fails before any controller runs (loading its session) and the error page cannot load it either; this
 * filter, outside the session filter, answers such a request itself: 503 with Retry-After, a Chinese problem for the
 * API and a self-contained page for browsers — never a 500, and nothing that needs the database to render.
 * <p>
 * It also guards the error dispatch: when the page's own query fails, its 503 is rendered by an error dispatch that
 * loads the session again, and with the database gone that load fails too; unguarded, Tomcat answered it with 500.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    /** After StartingGate, before Spring Session's filter (HIGHEST_PRECEDENCE + 50), on requests and error pages. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(ObjectMapper json) {
            FilterRegistrationBean<DatabaseOutageFilter> r = new FilterRegistrationBean<>(new DatabaseOutageFilter(json));
            r.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
            r.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            return r;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ObjectMapper json;

    DatabaseOutageFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
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
