package org.zhiben.accident.zero;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;

/**
 * The 零事故 office's page forms (what was API only): a new campaign, building the roster, a line of 附表2 and a
 * submission to the city office. A rule's message goes beside its field, a stale version on top of the form.
 */
@Controller
class ZeroCampaignPageController {

    private final ZeroAccidents zero;
    private final ZeroReports reports;

    ZeroCampaignPageController(ZeroAccidents zero, ZeroReports reports) {
        this.zero = zero;
        this.reports = reports;
    }

    // ---------------------------------------------------------------- new campaign

    @GetMapping("/accidents/zero/new")
    String newCampaign(Model model) {
        if (!model.containsAttribute("form")) {
            ZeroCampaignForm f = new ZeroCampaignForm();
            f.setIdempotencyKey(UUID.randomUUID().toString());
            DataScopes.currentUser().map(CurrentUser::regionCode).ifPresent(f::setRegionCode);
            model.addAttribute("form", f);
        }
        model.addAttribute("definitions", ZeroDefinition.values());
        return "accident/zero/new";
    }

    @PostMapping("/accidents/zero/new")
    String create(@ModelAttribute("form") ZeroCampaignForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        AtomicReference<UUID> id = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> id.set(zero.create(campaign(form), form.getIdempotencyKey())))) {
            return newCampaign(model);
        }
        redirect.addFlashAttribute("notice", "已发起“零事故”创建");
        return "redirect:/accidents/zero/" + id.get();
    }

    /** The command, or every field's problem at once (years, dates, the percents of each group). */
    static ZeroAccidents.NewCampaign campaign(ZeroCampaignForm f) {
        List<FieldViolation> errors = new ArrayList<>();
        Integer first = year("firstYear", f.getFirstYear(), errors);
        Integer last = year("lastYear", f.getLastYear(), errors);
        java.time.LocalDate base = null;
        if (f.getBaseDate() == null || f.getBaseDate().isBlank()) {
            errors.add(new FieldViolation("baseDate", "请填写统计基数日期"));
        } else {
            try {
                base = InputRules.date("baseDate", f.getBaseDate().strip());
            } catch (InvalidInputException e) {
                errors.addAll(e.violations());
            }
        }
        ZeroDefinition definition = null;
        try {
            definition = ZeroDefinition.valueOf(String.valueOf(f.getDefinition()));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldViolation("definition", "请选择零事故口径"));
        }
        List<ZeroAccidents.TargetData> targets = new ArrayList<>();
        if (first != null && last != null && last >= first && last - first < ZeroAccidents.MAX_YEARS) {
            targets.addAll(percents("villageTargets", f.getVillageTargets(), UnitGroup.VILLAGE, first, last, errors));
            targets.addAll(percents("unitTargets", f.getUnitTargets(), UnitGroup.UNIT, first, last, errors));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ZeroAccidents.NewCampaign(f.getRegionCode() == null ? null : f.getRegionCode().strip(),
                f.getIssuer(), f.getTitle(), f.getDocumentNo(), base, definition, first, last, targets, null);
    }

    private static Integer year(String field, String text, List<FieldViolation> errors) {
        try {
            int y = Integer.parseInt(text == null ? "" : text.strip());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // below
        }
        errors.add(new FieldViolation(field, "请填写2000–2100之间的年份"));
        return null;
    }

    private static List<ZeroAccidents.TargetData> percents(String field, String text, UnitGroup group, int first,
            int last, List<FieldViolation> errors) {
        String[] parts = text == null || text.isBlank() ? new String[0] : text.strip().split("[,,、\\s]+");
        int years = last - first + 1;
        if (parts.length != years) {
            errors.add(new FieldViolation(field, "请按年份顺序填写" + years + "个目标比例(" + first + "–" + last
                    + "),用逗号分隔,如 75,78,80"));
            return List.of();
        }
        List<ZeroAccidents.TargetData> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            try {
                BigDecimal p = new BigDecimal(parts[i]);
                if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 || p.scale() > 2) {
                    throw new NumberFormatException();
                }
                out.add(new ZeroAccidents.TargetData(first + i, group, p));
            } catch (NumberFormatException e) {
                errors.add(new FieldViolation(field, "目标比例应为0至100之间、最多两位小数的数:" + parts[i]));
                return List.of();
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- roster

    @PostMapping("/accidents/zero/{id}/roster")
    String roster(@PathVariable UUID id, RedirectAttributes redirect) {
        ZeroAccidents.RosterReport r = zero.buildRoster(id);
        redirect.addFlashAttribute("notice", "名册已建立:村(社区)" + r.villages() + "个,名录库单位" + r.registryUnits()
                + "个,原已在名册" + r.alreadyListed() + "个");
        return "redirect:/accidents/zero/" + id;
    }

    // ---------------------------------------------------------------- 附表2

    @GetMapping("/accidents/zero/{id}/contacts")
    String contacts(@PathVariable UUID id, @RequestParam(required = false) UUID edit, Model model) {
        ZeroAccidents.CampaignView c = zero.campaign(id);
        List<ZeroReports.ContactView> list = reports.contacts(id);
        model.addAttribute("c", c);
        model.addAttribute("contacts", list);
        if (!model.containsAttribute("form")) {
            ZeroContactForm f = new ZeroContactForm();
            list.stream().filter(x -> x.id().equals(edit)).findFirst().ifPresentOrElse(x -> {
                f.setVersion(x.version());
                f.setOrgKind(x.orgKind().name());
                f.setOrgCode(x.orgCode());
                f.setOrgName(x.orgName());
                f.setDuty(x.duty().name());
                f.setPersonName(x.personName());
                f.setPosition(x.position());
                f.setPhone(x.phone());
            }, () -> defaultOrg(f::setOrgKind, f::setOrgCode));
            model.addAttribute("form", f);
        }
        model.addAttribute("duties", ZeroReports.Duty.values());
        return "accident/zero/contacts";
    }

    @PostMapping("/accidents/zero/{id}/contacts")
    String setContact(@PathVariable UUID id, @ModelAttribute("form") ZeroContactForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        zero.campaign(id); // 404 outside the scope first
        if (!FormSubmission.save(binding, () -> reports.setContact(id, new ZeroReports.ContactData(
                orgKind(form.getOrgKind()), form.getOrgCode(), form.getOrgName(), duty(form.getDuty()),
                form.getPersonName(), form.getPosition(), form.getPhone(), form.getVersion())))) {
            return contacts(id, null, model);
        }
        redirect.addFlashAttribute("notice", "已登记联络员");
        return "redirect:/accidents/zero/" + id + "/contacts";
    }

    // ---------------------------------------------------------------- submissions

    @GetMapping("/accidents/zero/{id}/submissions")
    String submissions(@PathVariable UUID id, Model model) {
        ZeroAccidents.CampaignView c = zero.campaign(id);
        model.addAttribute("c", c);
        model.addAttribute("submissions", reports.submissions(id));
        if (!model.containsAttribute("form")) {
            ZeroSubmissionForm f = new ZeroSubmissionForm();
            defaultOrg(f::setOrgKind, f::setOrgCode);
            model.addAttribute("form", f);
        }
        return "accident/zero/submissions";
    }

    @PostMapping("/accidents/zero/{id}/submissions")
    String submit(@PathVariable UUID id, @ModelAttribute("form") ZeroSubmissionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        zero.campaign(id);
        AtomicReference<ZeroReports.SubmissionView> sent = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> sent.set(reports.submit(id, new ZeroReports.SubmissionRequest(
                form.getDeadlineCode(), orgKind(form.getOrgKind()), form.getOrgCode(), form.getOrgName(),
                form.getText()))))) {
            return submissions(id, model);
        }
        redirect.addFlashAttribute("notice", "已报送" + (sent.get().late() ? "(逾期)" : "") + ",内容哈希 "
                + sent.get().contentHash().substring(0, 12));
        return "redirect:/accidents/zero/" + id + "/submissions";
    }

    // ---------------------------------------------------------------- helpers

    /** A county's official writes for the county, a city department's official for the department. */
    private static void defaultOrg(java.util.function.Consumer<String> kind, java.util.function.Consumer<String> code) {
        DataScopes.currentUser().filter(CurrentUser::isOfficialOrAdmin).ifPresent(me -> {
            if (me.regionCode() != null && org.zhiben.common.RegionCode.isValid(me.regionCode())
                    && org.zhiben.common.RegionCode.of(me.regionCode()).level()
                            == org.zhiben.common.RegionLevel.COUNTY) {
                kind.accept(ZeroReports.OrgKind.REGION.name());
                code.accept(me.regionCode());
            } else if (me.departmentId() != null) {
                kind.accept(ZeroReports.OrgKind.DEPARTMENT.name());
                code.accept(me.departmentId().toString());
            }
        });
    }

    static ZeroReports.OrgKind orgKind(String s) {
        try {
            return ZeroReports.OrgKind.valueOf(String.valueOf(s));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("orgKind", "请选择县(市、区)、开发区或牵头部门");
        }
    }

    private static ZeroReports.Duty duty(String s) {
        try {
            return ZeroReports.Duty.valueOf(String.valueOf(s));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("duty", "请选择分管负责人或具体责任人");
        }
    }
}
