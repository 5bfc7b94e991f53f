package org.zhiben.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.zhiben.common.SitePages;

/**
 * Sends a page request without a valid session to the login page, and the login back to the page the user was on:
 * <ul>
 * <li>an htmx request (a tab, a filter) gets {@code HX-Redirect}, so the whole page goes to the login page instead
 * of a login form drawn inside a tab; the login returns to the page that held the tab;</li>
 * <li>a form sent after the session ended returns to the form's page (where app.js puts back what was typed);</li>
 * <li>any other page returns to itself.</li>
 * </ul>
 */
class LoginRedirect implements AuthenticationEntryPoint {

    /** Where Spring Security's request cache keeps the page to return to after login. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final String target;

    LoginRedirect(String target) {
        this.target = target;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        send(request, response, target);
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        Optional<String> page = htmx ? SitePages.of(request, request.getHeader("HX-Current-URL")).map(URI::toString)
                : !"GET".equals(request.getMethod())
                        ? SitePages.of(request, request.getHeader("Referer")).map(URI::toString)
                : Optional.of(request.getRequestURL() + (request.getQueryString() == null ? ""
                        : "?" + request.getQueryString()));
        page.ifPresent(p -> request.getSession().setAttribute(SAVED_REQUEST, new SimpleSavedRequest(p)));
        String url = request.getContextPath() + target;
        if (htmx) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("HX-Redirect", url);
            return;
        }
        response.sendRedirect(url);
    }
}
