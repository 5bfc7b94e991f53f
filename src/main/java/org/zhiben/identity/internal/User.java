package org.zhiben.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.Ids;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;

@Entity
@Table(name = "identity_user")
public class User {

    @Id
    private UUID id;
    private String username;
    private String displayName;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String regionCode;
    private UUID departmentId;
    private UUID enterpriseId;
    private String phone;
    private String email;
    private boolean enabled;
    private boolean mustChangePassword;
    /** Failed logins since the last success: shown to administrators, never a lock (see LoginThrottle). */
    private int failedAttempts;
    @Column(updatable = false)
    private Instant createdAt;
    @Version
    private Long version;

    protected User() {
    }

    public User(String username, String displayName, String passwordHash, boolean mustChangePassword, Instant now) {
        this.id = Ids.newId();
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.enabled = true;
        this.createdAt = now;
        this.role = Role.EXPERT;
    }

    /** Binds the role to what it needs: officials a region (and maybe a department), enterprise roles an enterprise. */
    public void assign(Role role, String regionCode, UUID departmentId, UUID enterpriseId) {
        this.role = role;
        this.regionCode = role == Role.OFFICIAL ? regionCode : null;
        this.departmentId = role == Role.OFFICIAL ? departmentId : null;
        this.enterpriseId = role.isEnterpriseRole() ? enterpriseId : null;
    }

    /** Counts a failed login and answers how many there have been since the last success. */
    public int recordFailedLogin() {
        return ++failedAttempts;
    }

    public boolean hasFailures() {
        return failedAttempts > 0;
    }

    public void clearFailures() {
        failedAttempts = 0;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** An administrator sets a new initial password, which the user must change at next login. */
    public void resetPassword(String initialHash) {
        this.passwordHash = initialHash;
        this.mustChangePassword = true;
        clearFailures();
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, role, regionCode, departmentId, enterpriseId, enabled,
                false, mustChangePassword, passwordHash);
    }

    public UUID getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public String getRegionCode() { return regionCode; }
    public UUID getDepartmentId() { return departmentId; }
    public UUID getEnterpriseId() { return enterpriseId; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public int getFailedAttempts() { return failedAttempts; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getVersion() { return version; }
}
