package org.zhiben.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;

/**
 * Without demo data, the first start of an empty database must be given an administrator password
 * ({@code ZHIBEN_ADMIN_PASSWORD}); the platform refuses to start with no way to sign in.
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {

    private final UserAccounts accounts;
    private final boolean demo;
    private final String adminPassword;

    AdminBootstrap(UserAccounts accounts, @Value("${zhiben.demo.enabled:false}") boolean demo,
            @Value("${zhiben.bootstrap.admin-password:}") String adminPassword) {
        this.accounts = accounts;
        this.demo = demo;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo || !accounts.noUsers()) {
            return;
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            throw new IllegalStateException("首次启动需要管理员密码:请设置环境变量 ZHIBEN_ADMIN_PASSWORD "
                    + "(First start needs an administrator password: set ZHIBEN_ADMIN_PASSWORD)");
        }
        accounts.create(new AccountForm("admin", "平台管理员", adminPassword, Role.ADMIN, null, null, null, null, true, false));
    }
}
