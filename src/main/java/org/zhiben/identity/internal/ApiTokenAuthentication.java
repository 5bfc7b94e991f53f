package org.zhiben.identity.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.zhiben.identity.CurrentUser;

/** An API request authenticated by a Bearer token. */
class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser user;

    ApiTokenAuthentication(CurrentUser user) {
        super(user.getAuthorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }
}
