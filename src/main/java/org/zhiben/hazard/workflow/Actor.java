package org.zhiben.hazard.workflow;

import java.util.UUID;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;

/**
 * Who acts on a hazard. The service only hands the domain hazards inside the actor's data scope, so an official
 * reaching a rule is an official in scope; administrators read but do not act.
 */
public record Actor(UUID id, String name, Role role, UUID enterpriseId) {

    public static Actor of(CurrentUser user) {
        return new Actor(user.id(), user.displayName(), user.role(), user.enterpriseId());
    }

    boolean official() {
        return role == Role.OFFICIAL;
    }

    boolean expert() {
        return role == Role.EXPERT;
    }

    boolean memberOf(UUID enterprise) {
        return role.isEnterpriseRole() && enterprise.equals(enterpriseId);
    }

    /** 主要负责人 or 安全管理人员 of the enterprise. */
    boolean managerOf(UUID enterprise) {
        return memberOf(enterprise) && (role == Role.ENTERPRISE_PRINCIPAL || role == Role.ENTERPRISE_SAFETY_MANAGER);
    }

    boolean principalOf(UUID enterprise) {
        return memberOf(enterprise) && role == Role.ENTERPRISE_PRINCIPAL;
    }
}
