package org.zhiben.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

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
        Optional<String> page = htmx ? ours(request, request.getHeader("HX-Current-URL"))
                : !"GET".equals(request.getMethod()) ? ours(request, request.getHeader("Referer"))
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

    /** {@code url} if it is a page of this site other than the login page (never a redirect elsewhere). */
    private static Optional<String> ours(HttpServletRequest request, String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            boolean ours = request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port
                    && path.startsWith(request.getContextPath() + "/")
                    && !path.startsWith(request.getContextPath() + "/login");
            return ours ? Optional.of(url) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
