package org.zhiben.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.zhiben.identity.UserAccounts;

/** Feeds login outcomes (form and HTTP Basic alike) into the throttle and the account's failure count. */
@Component
class LoginAttemptListener {

    private final UserAccounts accounts;
    private final LoginThrottle throttle;

    LoginAttemptListener(UserAccounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String address = address(event.getAuthentication());
        throttle.failed(event.getAuthentication().getName(), address);
        accounts.recordFailedLogin(event.getAuthentication().getName(), address);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof ApiTokenAuthentication)) {
            throttle.succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
            accounts.recordSuccessfulLogin(event.getAuthentication().getName());
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
