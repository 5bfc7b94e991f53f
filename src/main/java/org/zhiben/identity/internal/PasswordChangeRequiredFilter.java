package org.zhiben.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhiben.identity.DataScopes;

/** A user holding an initial password can do nothing but change it. */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";

    private final ProblemResponses problems;

    PasswordChangeRequiredFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean mustChange = DataScopes.currentUser().map(u -> u.mustChangePassword()).orElse(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!mustChange || path.equals(CHANGE_PAGE) || path.equals("/logout") || isStatic(path)
                || path.startsWith("/actuator/health")) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/api-docs")) {
            problems.write(response, 403, "须修改初始密码", "请先登录网页修改初始密码");
        } else {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
        }
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/img/") || path.equals("/favicon.ico");
    }
}
