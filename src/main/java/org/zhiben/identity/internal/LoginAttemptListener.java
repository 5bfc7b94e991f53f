package org.zhiben.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.zhiben.identity.UserAccounts;

/** Feeds login outcomes (form and HTTP Basic alike) into the lockout counter. */
@Component
class LoginAttemptListener {

    private final UserAccounts accounts;

    LoginAttemptListener(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedLogin(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof ApiTokenAuthentication)) {
            accounts.recordSuccessfulLogin(event.getAuthentication().getName());
        }
    }
}
