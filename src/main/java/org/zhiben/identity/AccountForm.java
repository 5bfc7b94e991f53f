package org.zhiben.identity;

import java.util.UUID;

/** The fields an administrator sets on an account; {@code password} only on create or reset. */
public record AccountForm(String username, String displayName, String password, Role role, String regionCode,
        UUID departmentId, UUID enterpriseId, String phone, String email, boolean enabled,
        boolean mustChangePassword) {

    /** An account without an e-mail address. */
    public AccountForm(String username, String displayName, String password, Role role, String regionCode,
            UUID departmentId, UUID enterpriseId, String phone, boolean enabled, boolean mustChangePassword) {
        this(username, displayName, password, role, regionCode, departmentId, enterpriseId, phone, null, enabled,
                mustChangePassword);
    }
}
