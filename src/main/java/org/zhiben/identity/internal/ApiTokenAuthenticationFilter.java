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
    private final UserRepository users;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ProblemResponses problems;

    ApiTokenAuthenticationFilter(ApiTokenRepository tokens, UserRepository users, TransactionTemplate tx, Clock clock,
            ProblemResponses problems) {
        this.tokens = tokens;
        this.users = users;
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
        Optional<CurrentUser> user = tx.execute(status -> authenticate(header.substring(7).trim()));
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

    private Optional<CurrentUser> authenticate(String token) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(TokenHashing.sha256(token)).filter(t -> t.usableAt(now)).flatMap(t -> {
            if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(Duration.ofMinutes(1)))) {
                t.markUsed(now);
            }
            return users.findById(t.getUserId());
        }).filter(u -> u.isEnabled() && !u.isLocked(now)).map(u -> u.toCurrentUser(now));
    }
}
