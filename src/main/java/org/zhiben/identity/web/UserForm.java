package org.zhiben.identity.web;

import org.zhiben.common.Uscc;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.Organisations;
import org.zhiben.identity.Role;
import org.zhiben.identity.internal.User;

/** Form backing object for the admin user page. */
public class UserForm {

    private @Size(max = 64) String username;
    private @Size(max = 100) String displayName;
    private @Size(max = 64) String password;
    private Role role;
    private @Size(max = 12) String regionCode;
    private UUID departmentId;
    private @Size(max = 18, message = Uscc.TOO_LONG) String enterpriseUscc;
    private @Size(max = 32) String phone;
    private @Size(max = 254) String email;
    private boolean enabled;
    private boolean mustChangePassword;
    private long version;

    static UserForm of(User u, Organisations organisations) {
        UserForm f = new UserForm();
        f.username = u.getUsername();
        f.displayName = u.getDisplayName();
        f.role = u.getRole();
        f.regionCode = u.getRegionCode();
        f.departmentId = u.getDepartmentId();
        f.enterpriseUscc = u.getEnterpriseId() == null ? null : organisations.usccOf(u.getEnterpriseId()).orElse(null);
        f.phone = u.getPhone();
        f.email = u.getEmail();
        f.enabled = u.isEnabled();
        f.mustChangePassword = u.isMustChangePassword();
        f.version = u.getVersion();
        return f;
    }

    /** The account fields, with the enterprise looked up by its USCC (null when unknown: the service reports it). */
    AccountForm toAccount(Organisations organisations) {
        UUID enterpriseId = blank(enterpriseUscc) == null ? null
                : organisations.enterpriseByUscc(enterpriseUscc.strip().toUpperCase()).orElse(null);
        return new AccountForm(username, displayName, password, role, blank(regionCode), departmentId, enterpriseId,
                phone, email, enabled, mustChangePassword);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public UUID getDepartmentId() { return departmentId; }
    public void setDepartmentId(UUID departmentId) { this.departmentId = departmentId; }
    public String getEnterpriseUscc() { return enterpriseUscc; }
    public void setEnterpriseUscc(String enterpriseUscc) { this.enterpriseUscc = enterpriseUscc; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public void setMustChangePassword(boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
