package org.zhiben.identity.internal;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.common.DatabaseOutage;
import org.zhiben.common.Refusals;
import org.springframework.context.ApplicationEventPublisher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC = {"/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
        "/error", "/public/**"};

    private static final String[] SWAGGER_UI = {"/swagger-ui/**", "/swagger-ui.html"};

    /**
     * Scripts only from the application's own files (no inline script, no event handler attribute, no eval);
     * inline styles stay allowed: the templates size charts with style attributes, the risk card carries its print
     * stylesheet and htmx adds its indicator style. Nothing may frame a page (with X-Frame-Options DENY to match).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Photos are taken through the file input (the phone's camera app), so no page needs a device API. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    /** BCrypt by default, behind the delegating encoder so hashes can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The page sessions of each user, found in the shared session store by the user's name (Spring Session JDBC
     * indexes the principal), so a password, role or scope change ends them on every node ({@link SessionTermination}).
     */
    @Bean
    <S extends Session> SpringSessionBackedSessionRegistry<S> sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /** The same response headers on pages, the API and the operations endpoints. */
    static void headers(HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY));
    }

    /**
     * Operations: the actuator endpoints and the API description. Health and its probes are public (details only
     * for administrators, see management.endpoint.health); metrics and every other endpoint only for
     * administrators; the API description is public unless {@code zhiben.api-docs.public=false} (the prod profile).
     * Scrapers authenticate with HTTP Basic or an API token, a browser with its page session.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http, ApiTokenRepository tokens, ApiTokenCache tokenCache,
            TransactionTemplate tx,
            Clock clock, ProblemResponses problems, LoginThrottle throttle,
            @Value("${zhiben.api-docs.public:true}") boolean apiDocsPublic) throws Exception {
        RequestMatcher apiDocs = PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**");
        return http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(), apiDocs))
                .httpBasic(b -> b.authenticationEntryPoint(unauthenticated(problems)))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, tx, clock, problems, tokenCache),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(problems), AuthorizationFilter.class)
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(a -> {
                    a.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll();
                    if (apiDocsPublic) {
                        a.requestMatchers(apiDocs).permitAll();
                    } else {
                        a.requestMatchers(apiDocs).authenticated();
                    }
                    a.anyRequest().hasRole("ADMIN");
                })
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(unauthenticated(problems))
                        .accessDeniedHandler((req, res, ex) -> problems.write(res, 403, "无权限", "仅系统管理员可查看运行指标")))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    /**
     * 401 for a request without valid credentials — unless checking them failed because the database cannot be
     * reached: that is 503, so nobody is told their password is wrong during an outage.
     */
    static AuthenticationEntryPoint unauthenticated(ProblemResponses problems) {
        return (request, response, e) -> {
            if (DatabaseOutage.causedBy(e)) {
                problems.write(response, 503, "服务暂不可用", DatabaseOutage.MESSAGE);
            } else {
                problems.write(response, 401, "未认证", "需要有效的用户名密码或API令牌");
            }
        };
    }

    /** The API: stateless, HTTP Basic or Bearer token, problem details for 401/403, no CSRF (no cookies). */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenRepository tokens, ApiTokenCache tokenCache,
            TransactionTemplate tx,
            Clock clock, ProblemResponses problems, LoginThrottle throttle) throws Exception {
        return http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint(unauthenticated(problems)))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, tx, clock, problems, tokenCache),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(problems), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(unauthenticated(problems))
                        .accessDeniedHandler((req, res, ex) -> problems.write(res, 403, "无权限", Refusals.message(ex))))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    /** Pages: form login, CSRF on every form (HTMX sends the token as a header), 30-minute idle sessions. */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ProblemResponses problems, SessionRegistry sessionRegistry,
            LoginThrottle throttle,
            @Value("${zhiben.api-docs.public:true}") boolean apiDocsPublic) throws Exception {
        return http
                .authorizeHttpRequests(a -> {
                    a.requestMatchers(PUBLIC).permitAll();
                    if (apiDocsPublic) {
                        a.requestMatchers(SWAGGER_UI).permitAll();
                    }
                    a.requestMatchers("/admin/**").hasRole("ADMIN").anyRequest().authenticated();
                })
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(new LoginFailureHandler()))
                // the session cookie goes with the session: otherwise the next request presents the invalidated id
                // and is taken for an expired session ("会话已超时") instead of a logout
                .logout(l -> l.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID", "SESSION"))
                .sessionManagement(s -> s.invalidSessionStrategy(new StaleSessionRedirect())
                        .sessionFixation(f -> f.changeSessionId())
                        // any number of sessions per user, but registered: a password, role or scope change ends them
                        .maximumSessions(-1).sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(e -> LoginRedirect.send(e.getRequest(), e.getResponse(), "/login?ended")))
                .headers(SecurityConfiguration::headers)
                // the 403 page (common.web.ErrorPages) tells a stale form token from a missing role
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginRedirect("/login"))
                        .accessDeniedHandler((req, res, ex) -> {
                            req.setAttribute(WebAttributes.ACCESS_DENIED_403, ex);
                            res.sendError(403);
                        }))
                .addFilterAfter(new PasswordChangeRequiredFilter(problems), AuthorizationFilter.class)
                .build();
    }
}
