package org.zhiben.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.zhiben.identity.SharedPassword;
import org.zhiben.identity.UserAccounts;

/** The demo accounts' password ({@link DemoData#PASSWORD}), hashed once for all the demo runners' accounts. */
@Component
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class DemoPassword {

    private final UserAccounts accounts;
    private SharedPassword shared;

    DemoPassword(UserAccounts accounts) {
        this.accounts = accounts;
    }

    synchronized SharedPassword get() {
        if (shared == null) {
            shared = accounts.sharedPassword(DemoData.PASSWORD);
        }
        return shared;
    }
}
