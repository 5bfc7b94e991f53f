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

/** Authenticates {@code Authorization: Bearer zb_…} against the hashed personal API tokens. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokenRepository tokens;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ProblemResponses problems;

    ApiTokenAuthenticationFilter(ApiTokenRepository tokens, TransactionTemplate tx, Clock clock,
            ProblemResponses problems) {
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

    /** One query per call; the last-used time is written at most once a minute, in its own short transaction. */
    private Optional<CurrentUser> authenticate(String token) {
        Instant now = clock.instant();
        return tokens.findWithUser(TokenHashing.sha256(token)).filter(h -> h.token().usableAt(now)).map(h -> {
            ApiToken t = h.token();
            if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(Duration.ofMinutes(1)))) {
                tx.executeWithoutResult(status -> tokens.markUsed(t.getId(), now));
            }
            return h.user();
        }).filter(User::isEnabled).map(User::toCurrentUser);
    }
}
