package org.zhiben.identity;

/** What a user is; officials are bound to a region (and maybe a department), enterprise roles to one enterprise. */
public enum Role {
    ADMIN, OFFICIAL, ENTERPRISE_PRINCIPAL, ENTERPRISE_SAFETY_MANAGER, ENTERPRISE_WORKER, EXPERT;

    public boolean isEnterpriseRole() {
        return this == ENTERPRISE_PRINCIPAL || this == ENTERPRISE_SAFETY_MANAGER || this == ENTERPRISE_WORKER;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
