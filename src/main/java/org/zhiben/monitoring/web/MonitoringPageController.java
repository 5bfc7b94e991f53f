package org.zhiben.monitoring.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.PageResponse;
import org.zhiben.common.InputRules;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InvalidInputException;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.monitoring.AlarmAction;
import org.zhiben.monitoring.AlarmLevel;
import org.zhiben.monitoring.MonitoredKind;
import org.zhiben.monitoring.MonitoringAlarms;
import org.zhiben.monitoring.MonitoringCoverage;
import org.zhiben.monitoring.MonitoringPoints;
import org.zhiben.monitoring.PointView;
import org.zhiben.monitoring.Quantity;
import org.zhiben.monitoring.internal.MonitoringAlarm;
import org.zhiben.monitoring.internal.ReadingStore;
import org.zhiben.risk.AnalysisUnitView;
import org.zhiben.risk.RiskInventory;

/**
 * Monitoring pages: the live panel of an enterprise (points and open alarms, refreshed by htmx polling), a point's
 * chart, the point form, alarm lists and an alarm's page with its steps, and for officials the coverage of the
 * enterprises that must be monitored with the online rate by county and sector.
 */
@Controller
class MonitoringPageController {

    private final MonitoringPoints points;
    private final MonitoringAlarms alarms;
    private final MonitoringCoverage coverage;
    private final RiskInventory inventory;
    private final SectorCatalog sectors;

    MonitoringPageController(MonitoringPoints points, MonitoringAlarms alarms, MonitoringCoverage coverage,
            RiskInventory inventory, SectorCatalog sectors) {
        this.points = points;
        this.alarms = alarms;
        this.coverage = coverage;
        this.inventory = inventory;
        this.sectors = sectors;
    }

    @GetMapping("/monitoring")
    String home(Model model) {
        CurrentUser me = me();
        if (me.role().isEnterpriseRole()) {
            return "redirect:/monitoring/enterprises/" + me.enterpriseId();
        }
        if (!me.isOfficialOrAdmin()) {
            throw new AccessDeniedException("监测预警供企业人员和监管人员使用");
        }
        List<MonitoringCoverage.Row> rows = coverage.duties();
        model.addAttribute("rows", rows);
        model.addAttribute("covered", rows.stream().filter(MonitoringCoverage.Row::covered).count());
        model.addAttribute("byCounty", coverage.onlineByCounty());
        model.addAttribute("bySector", coverage.onlineBySector(sectors.sectors().stream()
                .collect(Collectors.toMap(SectorCatalog.Entry::code, SectorCatalog.Entry::name))));
        model.addAttribute("openTotal", alarms.openCounts(null).values().stream().mapToLong(Long::longValue).sum());
        return "monitoring/overview";
    }

    @GetMapping("/monitoring/enterprises/{id}")
    String panel(@PathVariable UUID id, Model model) {
        EnterpriseSummary e = points.enterprise(id);
        model.addAttribute("enterprise", e);
        model.addAttribute("canEdit", points.canEdit(id));
        model.addAttribute("duties", points.duties(id));
        model.addAttribute("kinds", Arrays.asList(MonitoredKind.values()));
        model.addAttribute("canDeclare", me().isOfficialOrAdmin() || points.canEdit(id));
        model.addAttribute("rejections", points.rejections(id));
        live(id, model);
        return "monitoring/panel";
    }

    /** The live part of the panel, polled by htmx. */
    @GetMapping("/monitoring/enterprises/{id}/live")
    String live(@PathVariable UUID id, Model model) {
        points.enterprise(id);
        model.addAttribute("enterpriseId", id);
        model.addAttribute("points", points.ofEnterprise(id));
        model.addAttribute("alarms", alarms.list(id, true, PageRequest.of(0, 50,
                Sort.by(Sort.Direction.DESC, "raisedAt"))).getContent());
        model.addAttribute("now", Instant.now());
        return "monitoring/panel :: live";
    }

    @PostMapping("/monitoring/enterprises/{id}/duties")
    String declare(@PathVariable UUID id, @RequestParam(required = false) String kind, RedirectAttributes redirect) {
        MonitoredKind k;
        try {
            k = MonitoredKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException bad) {
            throw new InvalidInputException("kind", "请选择企业类别");
        }
        points.addDuty(id, k);
        redirect.addFlashAttribute("notice", "已登记:" + k.label());
        return "redirect:/monitoring/enterprises/" + id;
    }

    @GetMapping("/monitoring/enterprises/{id}/points/new")
    String newPoint(@PathVariable UUID id, Model model) {
        points.enterprise(id);
        requireEditor(id);
        PointForm form = new PointForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        return pointForm(id, null, form, model);
    }

    @PostMapping("/monitoring/enterprises/{id}/points")
    String addPoint(@PathVariable UUID id, @ModelAttribute("form") PointForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        points.enterprise(id);
        requireEditor(id);
        UUID[] created = new UUID[1];
        if (!FormSubmission.save(binding, () -> created[0] = points.create(id, form.toData(),
                form.getIdempotencyKey()))) {
            return pointForm(id, null, form, model);
        }
        redirect.addFlashAttribute("notice", "已新增监测点");
        return "redirect:/monitoring/points/" + created[0];
    }

    @GetMapping("/monitoring/points/{id}/edit")
    String editPoint(@PathVariable UUID id, Model model) {
        PointView p = points.get(id);
        requireEditor(p.enterpriseId());
        return pointForm(p.enterpriseId(), p, PointForm.of(p), model);
    }

    @PostMapping("/monitoring/points/{id}")
    String updatePoint(@PathVariable UUID id, @ModelAttribute("form") PointForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        PointView p = points.get(id);
        requireEditor(p.enterpriseId());
        if (!FormSubmission.save(binding, () -> {
            points.update(id, InputRules.version(form.getVersion()), form.toData());
        })) {
            return pointForm(p.enterpriseId(), p, form, model);
        }
        redirect.addFlashAttribute("notice", "已保存监测点");
        return "redirect:/monitoring/points/" + id;
    }

    private String pointForm(UUID enterpriseId, PointView point, PointForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("point", point);
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("quantities", Arrays.asList(Quantity.values()));
        Page<AnalysisUnitView> units = inventory.units(enterpriseId, PageRequest.of(0, 500));
        model.addAttribute("units", units.getContent());
        return "monitoring/point-form";
    }

    @GetMapping("/monitoring/points/{id}")
    String point(@PathVariable UUID id, @RequestParam(defaultValue = "day") String span, Model model) {
        PointView p = points.get(id);
        Instant to = Instant.now();
        String grain;
        Duration back;
        switch (span) {
            case "hour" -> {
                grain = "raw";
                back = Duration.ofHours(1);
            }
            case "week" -> {
                grain = "hour";
                back = Duration.ofDays(7);
            }
            case "year" -> {
                grain = "hour";
                back = Duration.ofDays(366);
            }
            case "day" -> {
                grain = "minute";
                back = Duration.ofDays(1);
            }
            default -> throw new InvalidInputException("span", "时间范围应为 hour、day、week 或 year");
        }
        List<ReadingStore.Sample> samples = points.series(id, grain, to.minus(back), to);
        List<Map<String, Object>> data = new ArrayList<>(samples.size());
        for (ReadingStore.Sample s : samples) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", s.at().toEpochMilli());
            m.put("min", s.min());
            m.put("max", s.max());
            m.put("avg", s.avg());
            data.add(m);
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        threshold(lines, "低低报", p.lowLow(), "#dc3545");
        threshold(lines, "低报", p.low(), "#fd7e14");
        threshold(lines, "高报", p.high(), "#fd7e14");
        threshold(lines, "高高报", p.highHigh(), "#dc3545");
        model.addAttribute("p", p);
        model.addAttribute("span", span);
        model.addAttribute("samples", data);
        model.addAttribute("lines", lines);
        model.addAttribute("canEdit", points.canEdit(p.enterpriseId()));
        model.addAttribute("alarms", alarms.list(p.enterpriseId(), false, PageRequest.of(0, 200,
                Sort.by(Sort.Direction.DESC, "raisedAt"))).getContent().stream()
                .filter(a -> a.getPointId().equals(id)).limit(20).toList());
        return "monitoring/point";
    }

    private static void threshold(List<Map<String, Object>> lines, String name, java.math.BigDecimal v, String c) {
        if (v != null) {
            lines.add(Map.of("name", name, "value", v, "color", c));
        }
    }

    @GetMapping("/monitoring/alarms")
    String alarmList(@RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<MonitoringAlarm> p = alarms.list(null, open, PageResponse.pageOf(page, 20,
                Sort.by(Sort.Direction.DESC, "raisedAt")));
        model.addAttribute("page", p);
        model.addAttribute("open", open);
        return "monitoring/alarms";
    }

    @GetMapping("/monitoring/alarms/{id}")
    String alarm(@PathVariable UUID id, Model model) {
        MonitoringAlarm a = alarms.get(id);
        model.addAttribute("a", a);
        model.addAttribute("canAck", alarms.mayAct(a.getEnterpriseId(), AlarmAction.ACKNOWLEDGE));
        model.addAttribute("canManage", alarms.mayAct(a.getEnterpriseId(), AlarmAction.HANDLE));
        if (!model.containsAttribute("form")) {
            AlarmForm f = new AlarmForm();
            f.setVersion(a.getVersion());
            model.addAttribute("form", f);
        }
        return "monitoring/alarm";
    }

    @PostMapping("/monitoring/alarms/{id}/actions")
    String act(@PathVariable UUID id, @ModelAttribute("form") AlarmForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        alarms.get(id);
        if (!FormSubmission.save(binding, () -> {
            AlarmAction action;
            try {
                action = AlarmAction.valueOf(form.getAction());
            } catch (IllegalArgumentException | NullPointerException bad) {
                throw new InvalidInputException("action", "请选择操作");
            }
            alarms.act(id, InputRules.version(form.getVersion()), action, form.getMeasures());
        })) {
            model.addAttribute("error", binding.getGlobalErrors().isEmpty() ? null
                    : binding.getGlobalErrors().get(0).getDefaultMessage());
            return alarm(id, model);
        }
        redirect.addFlashAttribute("notice", "已办理");
        return "redirect:/monitoring/alarms/" + id;
    }

    private void requireEditor(UUID enterpriseId) {
        if (!points.canEdit(enterpriseId)) {
            throw new AccessDeniedException("监测点须由企业主要负责人或安全管理人员维护");
        }
    }

    static String badge(AlarmLevel level) {
        return level.badge();
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }
}
