package org.zhiben.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * A request presenting a session id that no longer exists: after a real expiry, the login page with
 * "会话已超时"; but a client that kept the cookie through a logout (the logout deletes it) lands on the logout
 * message it asked for, not the timeout. A fresh session is started so the stale id is not presented again, and it
 * remembers the page to return to after login ({@link LoginRedirect}).
 */
class StaleSessionRedirect implements InvalidSessionStrategy {

    @Override
    public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean loggedOut = (request.getContextPath() + "/login").equals(request.getRequestURI())
                && request.getParameter("logout") != null;
        if (loggedOut) {
            request.getSession();
            response.sendRedirect(request.getContextPath() + "/login?logout");
        } else {
            LoginRedirect.send(request, response, "/login?expired");
        }
    }
}
