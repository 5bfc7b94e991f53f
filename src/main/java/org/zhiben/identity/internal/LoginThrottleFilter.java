package org.zhiben.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Asks {@link LoginThrottle} before a password is checked — a form login or HTTP Basic — and answers a caller who
 * must wait at once, without spending a password hash: 429 with Retry-After on the API, the login page with a
 * message for the form. Requests with an API token or a session pass untouched.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ProblemResponses problems;

    LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
        String username = form ? request.getParameter("username") : basicUsername(request.getHeader("Authorization"));
        if (username == null) {
            chain.doFilter(request, response);
            return;
        }
        Duration wait = throttle.waitBefore(username, request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
        } else if (form) {
            response.sendRedirect(request.getContextPath() + "/login?error=throttled");
        } else {
            response.setHeader("Retry-After", String.valueOf(wait.toSeconds()));
            problems.write(response, 429, "请求过于频繁", "登录尝试过于频繁,请" + wait.toSeconds() + "秒后再试");
        }
    }

    /** The user name of an HTTP Basic header; null when there is none or it is malformed (Basic then refuses it). */
    static String basicUsername(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
