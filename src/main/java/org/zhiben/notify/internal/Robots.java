package org.zhiben.notify.internal;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.StaleVersionException;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.Organisations;
import org.zhiben.notify.Notice;

/** The group robots: administrators add, change and remove them; the webhook channel asks which robots a notice reaches. */
@Service
public class Robots {

    private static final Pattern UNSAFE = Pattern.compile("[<>\"'`\\s\\\\{}|^]");
    private static final Pattern SECRET = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private final RobotRepository robots;
    private final Organisations organisations;
    private final SectorCatalog sectorCatalog;
    private final AuditTrail audit;
    private final VersionedChanges changes;

    private static final VersionedChanges.Subject<Robot> ROBOT = new VersionedChanges.Subject<>("Robot", Robot::getId,
            Robot::getVersion, Robots::snapshot);
    private final Clock clock;

    Robots(RobotRepository robots, Organisations organisations, SectorCatalog sectorCatalog, AuditTrail audit, VersionedChanges changes,
            Clock clock) {
        this.robots = robots;
        this.organisations = organisations;
        this.sectorCatalog = sectorCatalog;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Robot> all() {
        return robots.findAllByOrderByCreatedAt();
    }

    @Transactional(readOnly = true)
    public Robot get(UUID id) {
        return robots.findById(id).orElseThrow(() -> new NotFoundException("机器人"));
    }

    /** The enabled robots a notice goes to. */
    @Transactional(readOnly = true)
    public List<Robot> routesFor(Notice notice) {
        return robots.findByEnabledTrue().stream().filter(r -> r.covers(notice)).toList();
    }

    @Transactional(readOnly = true)
    public RobotForm form(UUID id) {
        Robot r = get(id);
        RobotForm f = new RobotForm();
        f.setKind(r.getKind());
        f.setName(r.getName());
        f.setWebhookUrl(r.getWebhookUrl());
        f.setEnterpriseUscc(r.getEnterpriseId() == null ? null : organisations.usccOf(r.getEnterpriseId()).orElse(null));
        f.setRegionCode(r.getRegionCode());
        f.setSectors(r.getSectors());
        f.setEnabled(r.isEnabled());
        f.setVersion(r.getVersion());
        return f;
    }

    @Transactional
    public UUID create(RobotForm form) {
        Robot robot = new Robot(clock.instant());
        apply(robot, form, null);
        robots.saveAndFlush(robot);
        audit.record(AuditRecord.created("Robot", robot.getId(), "添加群机器人 " + robot.getName(), snapshot(robot)));
        return robot.getId();
    }

    @Transactional
    public void update(UUID id, RobotForm form) {
        Robot robot = get(id);
        if (form.getVersion() == null) {
            throw new StaleVersionException();
        }
        changes.apply(ROBOT, robot, form.getVersion(), "UPDATE", "修改群机器人 " + form.getName(),
                r -> apply(r, form, r.getSecret()));
    }

    @Transactional
    public void delete(UUID id) {
        Robot robot = get(id);
        robots.delete(robot);
        audit.record(AuditRecord.deleted("Robot", id, "删除群机器人 " + robot.getName(), snapshot(robot)));
    }

    private void apply(Robot robot, RobotForm form, String storedSecret) {
        List<FieldViolation> problems = new ArrayList<>();
        String name = blankToNull(form.getName());
        if (name == null || name.length() > 100) {
            problems.add(new FieldViolation("name", "名称不能为空且不超过100个字符"));
        } else if (name.indexOf('<') >= 0 || name.indexOf('>') >= 0) {
            problems.add(new FieldViolation("name", "名称不能包含尖括号"));
        }
        if (form.getKind() == null) {
            problems.add(new FieldViolation("kind", "请选择机器人类型"));
        }
        String url = blankToNull(form.getWebhookUrl());
        String urlProblem = urlProblem(url);
        if (urlProblem != null) {
            problems.add(new FieldViolation("webhookUrl", urlProblem));
        }
        String secret = form.isClearSecret() ? null : blankToNull(form.getSecret()) == null ? storedSecret
                : form.getSecret().strip();
        if (secret != null && form.getKind() == RobotKind.DINGTALK && !SECRET.matcher(secret).matches()) {
            problems.add(new FieldViolation("secret", "加签密钥应为不超过200个可见ASCII字符"));
        }
        UUID enterpriseId = null;
        String regionCode = null;
        Set<String> sectors = Set.of();
        String uscc = blankToNull(form.getEnterpriseUscc());
        String region = blankToNull(form.getRegionCode());
        if (uscc == null && region == null) {
            problems.add(new FieldViolation("regionCode", "请填写企业统一社会信用代码或区划代码(二选一)"));
        } else if (uscc != null && region != null) {
            problems.add(new FieldViolation("regionCode", "企业和区划只能二选一"));
        } else if (uscc != null) {
            enterpriseId = organisations.enterpriseByUscc(uscc.toUpperCase(Locale.ROOT)).orElse(null);
            if (enterpriseId == null) {
                problems.add(new FieldViolation("enterpriseUscc", "请填写已登记企业的统一社会信用代码"));
            }
            if (blankToNull(form.getSectors()) != null) {
                problems.add(new FieldViolation("sectors", "行业领域只适用于按区划推送的机器人"));
            }
        } else {
            String regionProblem = RegionCode.problem(region);
            if (regionProblem != null) {
                problems.add(new FieldViolation("regionCode", regionProblem));
            } else if (!organisations.regionExists(region)) {
                problems.add(new FieldViolation("regionCode", "区划不存在"));
            } else {
                regionCode = region;
            }
            String sectorProblem = null;
            sectors = parseSectors(form.getSectors());
            Set<String> known = sectorCatalog.sectors().stream().map(SectorCatalog.Entry::code)
                    .collect(Collectors.toSet());
            if (!known.containsAll(sectors)) {
                sectorProblem = "行业领域代码不存在:" + sectors.stream().filter(s -> !known.contains(s)).limit(5)
                        .map(s -> s.length() > 10 ? s.substring(0, 10) + "…" : s).collect(Collectors.joining(","));
            }
            if (sectorProblem != null) {
                problems.add(new FieldViolation("sectors", sectorProblem));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        robot.apply(form.getKind(), name, url, secret, enterpriseId, regionCode, sectors, form.isEnabled());
    }

    /** Null when the URL is an absolute http(s) URL with a host and nothing that could break out of an attribute. */
    static String urlProblem(String url) {
        if (url == null) {
            return "请填写Webhook地址";
        }
        if (url.length() > 500) {
            return "Webhook地址不超过500个字符";
        }
        if (UNSAFE.matcher(url).find()) {
            return "Webhook地址含有不允许的字符";
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "Webhook地址须以 http:// 或 https:// 开头";
            }
            if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                return "Webhook地址须包含主机名";
            }
            return null;
        } catch (java.net.URISyntaxException e) {
            return "Webhook地址格式不正确";
        }
    }

    private static Set<String> parseSectors(String s) {
        if (s == null || s.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(s.split("[,,;;\\s]+")).map(String::strip).filter(x -> !x.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Map<String, Object> snapshot(Robot r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.getKind());
        m.put("name", r.getName());
        m.put("webhookUrl", r.maskedUrl());
        m.put("secret", r.hasSecret() ? "******" : null);
        m.put("enterpriseId", r.getEnterpriseId());
        m.put("regionCode", r.getRegionCode());
        m.put("sectors", r.getSectors());
        m.put("enabled", r.isEnabled());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
