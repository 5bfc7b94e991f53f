package org.zhiben.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as every module sees it (the security principal for pages, Basic and Bearer alike). */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    private final UUID id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final String regionCode;
    private final UUID departmentId;
    private final UUID enterpriseId;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private String passwordHash;

    public CurrentUser(UUID id, String username, String displayName, Role role, String regionCode, UUID departmentId,
            UUID enterpriseId, boolean enabled, boolean locked, boolean mustChangePassword, String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.regionCode = regionCode;
        this.departmentId = departmentId;
        this.enterpriseId = enterpriseId;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String regionCode() {
        return regionCode;
    }

    public UUID departmentId() {
        return departmentId;
    }

    public UUID enterpriseId() {
        return enterpriseId;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** Works for this enterprise, in any role. */
    public boolean memberOf(UUID enterprise) {
        return role.isEnterpriseRole() && enterpriseId != null && enterpriseId.equals(enterprise);
    }

    /** Principal or safety manager of this enterprise: the people who run its dual-prevention records. */
    public boolean managerOf(UUID enterprise) {
        return memberOf(enterprise) && (role == Role.ENTERPRISE_PRINCIPAL || role == Role.ENTERPRISE_SAFETY_MANAGER);
    }

    /** The principal (主要负责人) of this enterprise: the one who signs for it. */
    public boolean principalOf(UUID enterprise) {
        return memberOf(enterprise) && role == Role.ENTERPRISE_PRINCIPAL;
    }

    public boolean isOfficialOrAdmin() {
        return role == Role.ADMIN || role == Role.OFFICIAL;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
