package org.zhiben.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over {@code spring.servlet.multipart.max-request-size} fails where the body is first parsed — often in a
 * filter (security's CSRF check reads {@code _csrf}) or an interceptor ({@code ?lang}), long before any controller —
 * and Tomcat then answers its own English page with an ERROR and a stack trace in the log. This filter, outside
 * security, catches that failure, logs one WARN line and forwards to {@code /error} as a 413 (a Chinese page inside
 * the layout, or a problem for the API), with a request whose broken parameters are hidden.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadLimitFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(UploadLimitFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!Problems.tooLarge(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warn("Upload refused as too large: {} {} ({})", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            response.reset();
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 413);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            request.getRequestDispatcher("/error").forward(new WithoutParameters(request), response);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** The refused request without its parameters, whose parsing failed and would fail again. */
    static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
