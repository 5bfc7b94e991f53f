package org.zhiben.notify.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.StaleVersionException;

/**
 * Where the mail channel's SMTP settings come from: the row an administrator saved on {@code /admin/notify}, else the
 * application properties ({@code spring.mail.host/port/username/password}, {@code zhiben.notify.mail.enabled/from/
 * security}). Mail is off unless switched on and given a host and a sender. The sender is built per delivery from the
 * effective settings, so a change applies to the next notice without a restart.
 */
@Service
public class MailConfiguration {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,253})");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"']+@[^@\\s<>\"']+\\.[^@\\s<>\"'.]+");
    private static final int TIMEOUT_MS = 10_000;

    private final MailSettingsRepository settings;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final VersionedChanges.Subject<MailSettings> subject;
    private final Clock clock;
    private final MailSettingsData fromProperties;

    MailConfiguration(MailSettingsRepository settings, AuditTrail audit, VersionedChanges changes, Clock clock,
            @Value("${zhiben.notify.mail.enabled:false}") boolean enabled,
            @Value("${spring.mail.host:}") String host, @Value("${spring.mail.port:25}") int port,
            @Value("${zhiben.notify.mail.security:NONE}") MailSecurity security,
            @Value("${zhiben.notify.mail.from:}") String from, @Value("${spring.mail.username:}") String username,
            @Value("${spring.mail.password:}") String password) {
        this.settings = settings;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
        this.fromProperties = new MailSettingsData(enabled, blankToNull(host), port, security, blankToNull(from),
                blankToNull(username), blankToNull(password));
        this.subject = new VersionedChanges.Subject<>("MailSettings", r -> MailSettings.SINGLETON, MailSettings::getVersion,
                r -> snapshot(withPropertyPassword(r.toData())));
    }

    /** The saved row, else the properties; a row without a password uses {@code spring.mail.password}, if any. */
    @Transactional(readOnly = true)
    public MailSettingsData effective() {
        return settings.findById(MailSettings.SINGLETON).map(MailSettings::toData).map(this::withPropertyPassword)
                .orElse(fromProperties);
    }

    private MailSettingsData withPropertyPassword(MailSettingsData d) {
        return d.hasPassword() ? d : new MailSettingsData(d.enabled(), d.host(), d.port(), d.security(), d.from(),
                d.username(), fromProperties.password());
    }

    /** The form with the effective values (never the password) and the row's version (null: not saved yet). */
    @Transactional(readOnly = true)
    public MailSettingsForm form() {
        var row = settings.findById(MailSettings.SINGLETON);
        return MailSettingsForm.of(row.map(MailSettings::toData).map(this::withPropertyPassword).orElse(fromProperties),
                row.map(MailSettings::getVersion).orElse(null));
    }

    @Transactional
    public void save(MailSettingsForm form) {
        var row = settings.findById(MailSettings.SINGLETON);
        if (row.isPresent() ? form.getVersion() == null : form.getVersion() != null) {
            throw new StaleVersionException();
        }
        row.ifPresent(r -> subject.requireVersion(r, form.getVersion()));
        MailSettingsData before = effective();
        // only a password typed on the page is stored; one from the properties stays there
        String password = form.isClearPassword() ? null
                : form.getPassword() == null || form.getPassword().isEmpty()
                        ? row.map(r -> r.toData().password()).orElse(null) : form.getPassword();
        MailSettingsData data = new MailSettingsData(form.isEnabled(), blankToNull(form.getHost()),
                form.getPort() == null ? -1 : form.getPort(), form.getSecurity(), blankToNull(form.getFrom()),
                blankToNull(form.getUsername()), password);
        List<FieldViolation> problems = problems(withPropertyPassword(data));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (row.isPresent()) {
            changes.apply(subject, row.get(), form.getVersion(), "UPDATE", "修改邮件发送设置",
                    r -> r.apply(data, clock.instant()));
        } else {
            settings.saveAndFlush(new MailSettings(data, clock.instant()));
            audit.record(AuditRecord.updated("MailSettings", MailSettings.SINGLETON, "修改邮件发送设置",
                    snapshot(before), snapshot(withPropertyPassword(data))));
        }
    }

    /** A sender for these settings, with connect, read and write timeouts so a dead server cannot hang a listener. */
    JavaMailSenderImpl sender(MailSettingsData data) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(data.host());
        sender.setPort(data.port());
        sender.setUsername(data.username());
        sender.setPassword(data.password());
        sender.setDefaultEncoding("UTF-8");
        Properties p = sender.getJavaMailProperties();
        String protocol = data.security() == MailSecurity.SSL ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        p.put("mail." + protocol + ".auth", String.valueOf(data.username() != null));
        p.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT_MS));
        p.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT_MS));
        p.put("mail." + protocol + ".writetimeout", String.valueOf(TIMEOUT_MS));
        if (data.security() == MailSecurity.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        return sender;
    }

    static boolean validEmail(String s) {
        return s != null && s.length() <= 254 && EMAIL.matcher(s).matches();
    }

    private static List<FieldViolation> problems(MailSettingsData d) {
        List<FieldViolation> problems = new ArrayList<>();
        if (d.host() == null) {
            if (d.enabled()) {
                problems.add(new FieldViolation("host", "启用邮件时须填写SMTP服务器"));
            }
        } else if (d.host().length() > 255 || !HOST.matcher(d.host()).matches()) {
            problems.add(new FieldViolation("host", "SMTP服务器应为主机名或IP地址"));
        }
        if (d.port() < 1 || d.port() > 65535) {
            problems.add(new FieldViolation("port", "端口应为1-65535"));
        }
        if (d.security() == null) {
            problems.add(new FieldViolation("security", "请选择连接加密方式"));
        }
        if (d.from() == null) {
            if (d.enabled()) {
                problems.add(new FieldViolation("from", "启用邮件时须填写发件人地址"));
            }
        } else if (!validEmail(d.from())) {
            problems.add(new FieldViolation("from", "请填写有效的发件人邮箱地址"));
        }
        if (d.username() != null && (d.username().length() > 254 || d.username().chars().anyMatch(c -> c < 32))) {
            problems.add(new FieldViolation("username", "用户名不超过254个字符"));
        }
        if (d.password() != null && d.password().length() > 500) {
            problems.add(new FieldViolation("password", "密码不超过500个字符"));
        }
        return problems;
    }

    private static Map<String, Object> snapshot(MailSettingsData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enabled", d.enabled());
        m.put("host", d.host());
        m.put("port", d.port());
        m.put("security", d.security());
        m.put("from", d.from());
        m.put("username", d.username());
        m.put("password", d.hasPassword() ? "******" : null);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
