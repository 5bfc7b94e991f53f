package org.zhiben.identity;

import java.util.UUID;

/** The fields an administrator sets on an account; {@code password} only on create or reset. */
public record AccountForm(String username, String displayName, String password, Role role, String regionCode,
        UUID departmentId, UUID enterpriseId, String phone, boolean enabled, boolean mustChangePassword) {
}
