package org.zhiben.identity.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhiben.common.AfterCommit;

/**
 * Ends a user's page sessions (found by user name in the shared session store through the {@link SessionRegistry})
 * when their password, role or scope changes or the account is disabled, on whichever node they were opened. An
 * expired session is logged out at its next request (ConcurrentSessionFilter) and sent to the login page. Done after
 * the commit, so a rolled-back change ends nothing.
 */
@Component
public class SessionTermination {

    private final SessionRegistry registry;

    SessionTermination(SessionRegistry registry) {
        this.registry = registry;
    }

    /** The session of the request being served, if it has one: the one to keep on a user's own password change. */
    public String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    /** Ends every session of the user except {@code keepSessionId} (which may be null), once the change commits. */
    public void endSessionsOf(String username, String keepSessionId) {
        AfterCommit.run(() -> expire(username, keepSessionId));
    }

    private void expire(String username, String keepSessionId) {
        for (SessionInformation session : registry.getAllSessions(username, false)) {
            if (!session.getSessionId().equals(keepSessionId)) {
                session.expireNow();
            }
        }
    }
}
