package org.zhiben.identity.internal;

import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhiben.identity.CurrentUser;

/**
 * Ends a user's page sessions (the servlet sessions registered in the {@link SessionRegistry} at login) when their
 * password, role or scope changes or the account is disabled. An expired session is logged out at its next request
 * (ConcurrentSessionFilter) and sent to the login page. Done after the commit, so a rolled-back change ends nothing.
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
    public void endSessionsOf(UUID userId, String keepSessionId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    expire(userId, keepSessionId);
                }
            });
        } else {
            expire(userId, keepSessionId);
        }
    }

    /** How many live sessions the user has (for tests and the account pages). */
    public int liveSessionsOf(UUID userId) {
        return registry.getAllPrincipals().stream()
                .filter(p -> p instanceof CurrentUser u && u.id().equals(userId))
                .mapToInt(p -> registry.getAllSessions(p, false).size()).sum();
    }

    private void expire(UUID userId, String keepSessionId) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof CurrentUser u && u.id().equals(userId)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                    }
                }
            }
        }
    }
}
