package org.zhiben.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.StaleVersionException;
import org.zhiben.identity.internal.ApiToken;
import org.zhiben.identity.internal.ApiTokenRepository;
import org.zhiben.identity.internal.PreviousPassword;
import org.zhiben.identity.internal.PreviousPasswordRepository;
import org.zhiben.identity.internal.ApiTokenCache;
import org.zhiben.identity.internal.SessionTermination;
import org.zhiben.identity.internal.TokenHashing;
import org.zhiben.identity.internal.User;
import org.zhiben.identity.internal.UserRepository;

/** Account lifecycle: creation with role binding, password changes, failed-login bookkeeping, API tokens. */
@Service
public class UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    /** Deliberately plain: one @, no spaces or angle brackets or quotes, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"']+@[^@\\s<>\"']+\\.[^@\\s<>\"'.]+");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Consecutive failures at which the owner and the administrators hear of them. */
    private static final Set<Integer> REPORTED_FAILURES = Set.of(5, 20, 100);

    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder encoder;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final VersionedChanges changes;

    private static final VersionedChanges.Subject<User> USER = new VersionedChanges.Subject<>("User", User::getId,
            User::getVersion, UserAccounts::snapshot);
    private final Clock clock;
    private final PreviousPasswordRepository previousPasswords;
    private final SessionTermination sessions;
    private final ApplicationEventPublisher events;
    private final ApiTokenCache tokenCache;

    UserAccounts(UserRepository users, ApiTokenRepository tokens, PasswordEncoder encoder, Organisations organisations,
            AuditTrail audit, VersionedChanges changes, Clock clock, PreviousPasswordRepository previousPasswords,
            SessionTermination sessions, ApplicationEventPublisher events, ApiTokenCache tokenCache) {
        this.tokenCache = tokenCache;
        this.events = events;
        this.previousPasswords = previousPasswords;
        this.sessions = sessions;
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
        this.organisations = organisations;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public UUID create(AccountForm form) {
        return create(form, null);
    }

    /** Hashes {@code password} once for {@link #create(AccountForm, SharedPassword)}. */
    public SharedPassword sharedPassword(String password) {
        return new SharedPassword(password, encoder.encode(password));
    }

    /**
     * {@link #create(AccountForm)}, with the hash of {@code shared} when the form's password is that password
     * (seeding many accounts with one password hashes it once).
     */
    @Transactional
    public UUID create(AccountForm form, SharedPassword shared) {
        List<FieldViolation> problems = new ArrayList<>();
        if (form.username() == null || !USERNAME.matcher(form.username()).matches()) {
            problems.add(new FieldViolation("username", "用户名应为3-64位字母、数字、点、下划线或连字符"));
        } else if (users.existsByUsername(form.username())) {
            problems.add(new FieldViolation("username", "用户名已存在"));
        }
        PasswordPolicy.violations(form.password(), form.username())
                .forEach(p -> problems.add(new FieldViolation("password", p)));
        problems.addAll(bindingProblems(form));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String hash = shared == null ? null : shared.hashOf(form.password());
        User user = new User(form.username(), form.displayName().strip(),
                hash != null ? hash : encoder.encode(form.password()), form.mustChangePassword(), clock.instant());
        user.assign(form.role(), form.regionCode(), form.departmentId(), form.enterpriseId());
        user.setPhone(blankToNull(form.phone()));
        user.setEmail(blankToNull(form.email()));
        user.setEnabled(form.enabled());
        users.save(user);
        audit.record(AuditRecord.created("User", user.getId(), "创建用户 " + user.getUsername(), snapshot(user)));
        return user.getId();
    }

    @Transactional
    public void update(UUID id, long expectedVersion, AccountForm form) {
        User user = users.findById(id).orElseThrow(() -> new NotFoundException("用户"));
        USER.requireVersion(user, expectedVersion);
        List<FieldViolation> problems = bindingProblems(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Object> accessBefore = access(user);
        changes.apply(USER, user, expectedVersion, "UPDATE", "修改用户 " + user.getUsername(), u -> {
            u.setDisplayName(form.displayName().strip());
            u.assign(form.role(), form.regionCode(), form.departmentId(), form.enterpriseId());
            u.setPhone(blankToNull(form.phone()));
            u.setEmail(blankToNull(form.email()));
            u.setEnabled(form.enabled());
        });
        // a cached token carries the account as it was (its name included)
        tokenCache.evictUser(user.getId());
        if (!access(user).equals(accessBefore)) {
            signOutEverywhere(user, null, "角色、管辖范围或启用状态变更");
        }
    }

    /** What a session or token of the user may do: role, scope and whether the account is enabled. */
    private static List<Object> access(User u) {
        return java.util.Arrays.asList(u.getRole(), u.getRegionCode(), u.getDepartmentId(), u.getEnterpriseId(),
                u.isEnabled());
    }

    /**
     * After a password, role, scope or status change: every other page session of the user ends and every API
     * token is revoked (the user issues new ones on the account page). {@code keepSessionId} is the session that
     * made the change itself, kept on a user's own password change.
     */
    private void signOutEverywhere(User user, String keepSessionId, String reason) {
        int revoked = tokens.revokeAllOf(user.getId());
        tokenCache.evictUser(user.getId());
        sessions.endSessionsOf(user.getUsername(), keepSessionId);
        audit.record(new AuditRecord("SIGN_OUT_EVERYWHERE", "User", user.getId().toString(),
                reason + ",结束 " + user.getUsername() + " 的其他登录会话,吊销API令牌 " + revoked + " 个", null, null));
    }

    /** The problems of a new password: the policy, then re-use of the current or one of the previous ones. */
    private List<String> newPasswordProblems(User user, String next) {
        List<String> problems = new ArrayList<>(PasswordPolicy.violations(next, user.getUsername()));
        if (next == null || !problems.isEmpty()) {
            return problems;
        }
        if (encoder.matches(next, user.getPasswordHash())) {
            problems.add(PasswordPolicy.REUSED_CURRENT);
        } else if (previousPasswords.findByUserIdOrderByReplacedAtDescIdDesc(user.getId(),
                Limit.of(PasswordPolicy.HISTORY - 1)).stream()
                .anyMatch(p -> encoder.matches(next, p.getPasswordHash()))) {
            problems.add(PasswordPolicy.REUSED_RECENT);
        }
        return problems;
    }

    private void rememberPassword(User user) {
        previousPasswords.save(new PreviousPassword(user.getId(), user.getPasswordHash(), clock.instant()));
    }

    @Transactional
    public void changeOwnPassword(UUID id, String current, String next) {
        User user = users.findById(id).orElseThrow(() -> new NotFoundException("用户"));
        if (current == null || !encoder.matches(current, user.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "当前密码不正确");
        }
        List<String> problems = newPasswordProblems(user, next);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(p -> new FieldViolation("newPassword", p)).toList());
        }
        rememberPassword(user);
        user.changePassword(encoder.encode(next));
        audit.record(new AuditRecord("PASSWORD_CHANGE", "User", id.toString(), "修改密码 " + user.getUsername(), null, null));
        signOutEverywhere(user, sessions.currentSessionId(), "修改密码");
    }

    @Transactional
    public void resetPassword(UUID id, String initialPassword) {
        User user = users.findById(id).orElseThrow(() -> new NotFoundException("用户"));
        List<String> problems = newPasswordProblems(user, initialPassword);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(p -> new FieldViolation("password", p)).toList());
        }
        rememberPassword(user);
        user.resetPassword(encoder.encode(initialPassword));
        audit.record(new AuditRecord("PASSWORD_RESET", "User", id.toString(), "重置密码 " + user.getUsername(), null, null));
        signOutEverywhere(user, null, "管理员重置密码");
    }

    /**
     * Counts a failed login for an existing account (a new transaction: the login itself has none). Failures never
     * lock the account — {@code LoginThrottle} slows the guesser instead — but at 5, 20 and 100 failures in a row the
     * owner and the administrators are told ({@link RepeatedLoginFailures}) and the audit trail records it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailedLogin(String username, String address) {
        users.findByUsername(username).ifPresent(user -> {
            int failures = user.recordFailedLogin();
            if (REPORTED_FAILURES.contains(failures)) {
                audit.record(new AuditRecord("LOGIN_FAILURES", "User", user.getId().toString(),
                        "连续登录失败" + failures + "次,最近来自 " + address, null, null));
                events.publishEvent(new RepeatedLoginFailures(user.getId(), user.getUsername(), failures, address));
            }
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccessfulLogin(String username) {
        users.findByUsername(username).filter(User::hasFailures).ifPresent(User::clearFailures);
    }

    @Transactional
    public IssuedToken issueToken(UUID userId, String name, Integer validDays) {
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new InvalidInputException("name", "令牌名称不能为空且不超过64个字符");
        }
        if (validDays != null && (validDays < 1 || validDays > 3650)) {
            throw new InvalidInputException("validDays", "有效期应为1-3650天");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "zb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiToken apiToken = new ApiToken(userId, name.strip(), TokenHashing.sha256(token), token.substring(0, 8), now,
                validDays == null ? null : now.plus(Duration.ofDays(validDays)));
        tokens.save(apiToken);
        audit.record(AuditRecord.created("ApiToken", apiToken.getId(), "创建API令牌 " + apiToken.getName(),
                Map.of("userId", userId, "name", apiToken.getName(), "prefix", apiToken.getTokenPrefix())));
        return new IssuedToken(apiToken.getId(), apiToken.getName(), token);
    }

    @Transactional
    public void revokeToken(UUID userId, UUID tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getUserId().equals(userId))
                .orElseThrow(() -> new NotFoundException("API令牌"));
        token.revoke();
        tokenCache.evictToken(tokenId);
        audit.record(new AuditRecord("REVOKE", "ApiToken", tokenId.toString(), "吊销API令牌 " + token.getName(), null, null));
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokensOf(UUID userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId);
    }

    /** Officials whose jurisdiction covers the region and whose sector limit (if any) meets the sectors. */
    @Transactional(readOnly = true)
    public List<UserRef> officialsCovering(String regionCode, Set<String> sectors) {
        List<String> ancestors = new ArrayList<>();
        for (RegionCode c = RegionCode.of(regionCode); c != null; c = c.parent()) {
            ancestors.add(c.value());
        }
        return users.findByRoleAndRegionCodeIn(Role.OFFICIAL, ancestors).stream()
                .filter(User::isEnabled)
                .filter(u -> u.getDepartmentId() == null || organisations.sectorLimitOf(u.getDepartmentId())
                        .map(limit -> sectors.stream().anyMatch(limit::contains)).orElse(true))
                .map(UserAccounts::ref).toList();
    }

    /** Enabled officials bound to exactly this region; with a department, only that department's officials. */
    @Transactional(readOnly = true)
    public List<UserRef> officialsAt(String regionCode, UUID departmentId) {
        return users.findByRoleAndRegionCodeIn(Role.OFFICIAL, List.of(regionCode)).stream()
                .filter(User::isEnabled)
                .filter(u -> departmentId == null || departmentId.equals(u.getDepartmentId()))
                .map(UserAccounts::ref).toList();
    }

    @Transactional(readOnly = true)
    public List<UserRef> usersOfEnterprise(UUID enterpriseId, Set<Role> roles) {
        return users.findByEnterpriseIdAndRoleIn(enterpriseId, roles).stream().map(UserAccounts::ref).toList();
    }

    /** Phone and e-mail of those of {@code ids} that are enabled accounts; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<UserContact> contacts(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return users.findAllById(Set.copyOf(ids)).stream().filter(User::isEnabled)
                .map(u -> new UserContact(u.getId(), u.getDisplayName(), u.getPhone(), u.getEmail())).toList();
    }

    /** Enabled users with the role, by name (for instance the expert pool). */
    @Transactional(readOnly = true)
    public List<UserRef> usersWithRole(Role role) {
        return users.findByRoleOrderByDisplayName(role).stream().filter(User::isEnabled).map(UserAccounts::ref).toList();
    }

    @Transactional(readOnly = true)
    public boolean noUsers() {
        return users.count() == 0;
    }

    private List<FieldViolation> bindingProblems(AccountForm form) {
        List<FieldViolation> problems = new ArrayList<>();
        if (form.displayName() == null || form.displayName().isBlank() || form.displayName().length() > 100) {
            problems.add(new FieldViolation("displayName", "姓名不能为空且不超过100个字符"));
        }
        if (form.role() == null) {
            problems.add(new FieldViolation("role", "请选择角色"));
            return problems;
        }
        if (form.role() == Role.OFFICIAL) {
            String regionProblem = RegionCode.problem(form.regionCode());
            if (regionProblem != null) {
                problems.add(new FieldViolation("regionCode", regionProblem));
            } else if (!organisations.regionExists(form.regionCode())) {
                problems.add(new FieldViolation("regionCode", "区划不存在"));
            }
            if (form.departmentId() != null && !organisations.departmentExists(form.departmentId())) {
                problems.add(new FieldViolation("departmentId", "部门不存在"));
            }
        }
        if (form.role().isEnterpriseRole()
                && (form.enterpriseId() == null || !organisations.enterpriseExists(form.enterpriseId()))) {
            problems.add(new FieldViolation("enterpriseId", "请选择存在的企业"));
        }
        if (form.phone() != null && form.phone().length() > 32) {
            problems.add(new FieldViolation("phone", "电话不超过32个字符"));
        }
        String email = blankToNull(form.email());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldViolation("email", "请填写有效的电子邮箱地址(不超过254个字符)"));
        }
        return problems;
    }

    private static Map<String, Object> snapshot(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.getUsername());
        m.put("displayName", u.getDisplayName());
        m.put("role", u.getRole());
        m.put("regionCode", u.getRegionCode());
        m.put("departmentId", u.getDepartmentId());
        m.put("enterpriseId", u.getEnterpriseId());
        m.put("phone", u.getPhone());
        m.put("email", u.getEmail());
        m.put("enabled", u.isEnabled());
        return m;
    }

    private static UserRef ref(User u) {
        return new UserRef(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
