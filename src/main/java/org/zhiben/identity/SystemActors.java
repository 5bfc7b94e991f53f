package org.zhiben.identity;

import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work a platform job does for an enterprise as if one of its workers did it (a hazard proposed by an unhandled
 * alarm, an accident's preventive measure), because the hazard module accepts an enterprise's own sources only from
 * that enterprise. The caller's security context is put back afterwards.
 */
public final class SystemActors {

    private SystemActors() {
    }

    public static <T> T actFor(UUID enterpriseId, UUID actorId, String username, String displayName,
            Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        CurrentUser system = new CurrentUser(actorId, username, displayName, Role.ENTERPRISE_WORKER, null, null,
                enterpriseId, true, false, false, null);
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null,
                system.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
