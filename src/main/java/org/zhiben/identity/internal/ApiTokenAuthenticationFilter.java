package org.zhiben.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhiben.identity.CurrentUser;

/** Authenticates {@code Authorization: Bearer zb_…} against the hashed personal API tokens ({@link ApiTokenCache}). */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokenRepository tokens;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ProblemResponses problems;
    private final ApiTokenCache cache;

    ApiTokenAuthenticationFilter(ApiTokenRepository tokens, TransactionTemplate tx, Clock clock,
            ProblemResponses problems, ApiTokenCache cache) {
        this.cache = cache;
        this.tokens = tokens;
        this.tx = tx;
        this.clock = clock;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> user = authenticate(header.substring(7).trim());
        if (user.isEmpty()) {
            problems.write(response, 401, "未认证", "API令牌无效、已过期或已吊销");
            return;
        }
        SecurityContextHolder.setContext(new SecurityContextImpl(new ApiTokenAuthentication(user.get())));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * From the cache, or one query; the last-used time is written at most once a minute, in its own short
     * transaction, so nothing is written per call.
     */
    private Optional<CurrentUser> authenticate(String token) {
        Instant now = clock.instant();
        String hash = TokenHashing.sha256(token);
        return cache.get(hash, () -> tokens.findWithUser(hash)
                        .filter(h -> h.token().usableAt(now) && h.user().isEnabled())
                        .map(h -> new ApiTokenCache.Resolved(h.token().getId(), h.user().getId(),
                                h.user().toCurrentUser(), h.token().getExpiresAt(), h.token().getLastUsedAt())))
                .filter(r -> r.usableAt(now))
                .map(r -> {
                    if (r.lastUsedAt() == null || r.lastUsedAt().isBefore(now.minus(Duration.ofMinutes(1)))) {
                        tx.executeWithoutResult(status -> tokens.markUsed(r.tokenId(), now));
                        cache.markedUsed(hash, r, now);
                    }
                    return r.user();
                });
    }
}
