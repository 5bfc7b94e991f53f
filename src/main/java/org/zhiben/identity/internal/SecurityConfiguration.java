package org.zhiben.identity.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.ApplicationEventPublisher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC = {"/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
        "/error", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    /** BCrypt by default, behind the delegating encoder so hashes can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /** The API: stateless, HTTP Basic or Bearer token, problem details for 401/403, no CSRF (no cookies). */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenRepository tokens, TransactionTemplate tx,
            Clock clock, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> problems.write(res, 401, "未认证",
                        ex instanceof LockedException ? "账户已锁定,请15分钟后再试" : "需要有效的用户名密码或API令牌")))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, tx, clock, problems),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(problems), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(res, 401, "未认证", "需要有效的用户名密码或API令牌"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(res, 403, "无权限", refusal(ex))))
                .build();
    }

    /**
     * A module's refusal says why in Chinese ("该任务须由主要负责人本人完成"); the framework's own denials (URL and
     * method rules) get the generic answer.
     */
    static String refusal(AccessDeniedException e) {
        String message = e.getMessage();
        boolean said = !(e instanceof AuthorizationDeniedException) && message != null
                && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return said ? message : "您的角色无权执行此操作";
    }

    /** Pages: form login, CSRF on every form (HTMX sends the token as a header), 30-minute idle sessions. */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(new LoginFailureHandler()))
                // the session cookie goes with the session: otherwise the next request presents the invalidated id
                // and is taken for an expired session ("会话已超时") instead of a logout
                .logout(l -> l.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID", "SESSION"))
                .sessionManagement(s -> s.invalidSessionStrategy(new StaleSessionRedirect())
                        .sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'self'")))
                // the 403 page (common.web.ErrorPages) tells a stale form token from a missing role
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> {
                    req.setAttribute(WebAttributes.ACCESS_DENIED_403, ex);
                    res.sendError(403);
                }))
                .addFilterAfter(new PasswordChangeRequiredFilter(problems), AuthorizationFilter.class)
                .build();
    }
}
