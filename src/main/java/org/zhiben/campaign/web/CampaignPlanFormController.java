package org.zhiben.campaign.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.NewPlan;
import org.zhiben.campaign.PlanImport;
import org.zhiben.campaign.PlanLevel;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;

/**
 * The new-plan page ({@code /campaign/plans/new}): an office issues a plan ("新建方案") and may attach its tasks as an
 * xlsx of the documented layout ("导入方案"). The plan and its tasks are saved together or not at all: a rule's message
 * goes beside its field, a bad workbook's rows are listed (row, column, reason).
 */
@Controller
class CampaignPlanFormController {

    private final Campaigns campaigns;

    CampaignPlanFormController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/campaign/plans/new")
    String newPlan(Model model) {
        CurrentUser me = official();
        if (!model.containsAttribute("form")) {
            PlanForm form = new PlanForm();
            form.setRegionCode(me.regionCode());
            model.addAttribute("form", form);
        }
        model.addAttribute("levels", PlanLevel.values());
        model.addAttribute("parents", campaigns.plans());
        model.addAttribute("columns", Campaigns.IMPORT_COLUMNS);
        model.addAttribute("maxRows", Campaigns.MAX_IMPORT_ROWS);
        return "campaign/plan-new";
    }

    @PostMapping("/campaign/plans/new")
    String create(@ModelAttribute("form") PlanForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        official();
        Campaigns.CreatedPlan[] created = {null};
        boolean saved = FormSubmission.save(binding, () -> created[0] = createWith(form));
        if (saved && created[0].planId() != null) {
            PlanImport imported = created[0].imported();
            redirect.addFlashAttribute("notice", form.getFile() == null || form.getFile().isEmpty() ? "已新建方案"
                    : "已导入方案:" + imported.created() + "项任务");
            return "redirect:/campaign/plans/" + created[0].planId();
        }
        if (saved) {
            model.addAttribute("importErrors", created[0].imported().errors());
            model.addAttribute("importRows", created[0].imported().rows());
        }
        model.addAttribute("error", binding.getGlobalErrors().isEmpty() ? null
                : binding.getGlobalErrors().get(0).getDefaultMessage());
        return newPlan(model);
    }

    private Campaigns.CreatedPlan createWith(PlanForm form) {
        NewPlan plan = new NewPlan(blank(form.getRegionCode()), level(form.getLevel()), form.getTitle(),
                form.getIssuer(), blank(form.getDocNo()), parent(form.getParentId()), date("startDate",
                        form.getStartDate()), date("endDate", form.getEndDate()), null, List.of());
        if (form.getFile() == null || form.getFile().isEmpty()) {
            try {
                return campaigns.createPlanWithTasks(plan, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        File tmp = null;
        try {
            tmp = File.createTempFile("campaign-plan", ".xlsx");
            form.getFile().transferTo(tmp);
            return campaigns.createPlanWithTasks(plan, tmp);
        } catch (IOException e) {
            throw new InvalidInputException("file", "无法读取上传的文件,请重新选择");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp.toPath());
                } catch (IOException ignored) {
                    // a temporary file the OS cleans up
                }
            }
        }
    }

    private static CurrentUser official() {
        return DataScopes.currentUser().filter(CurrentUser::isOfficialOrAdmin)
                .orElseThrow(() -> new AccessDeniedException("只有政府部门用户可以印发方案"));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static PlanLevel level(String value) {
        return InputRules.choice(PlanLevel.class, "level", value, "请选择方案层级");
    }

    private static UUID parent(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("parentId", "上级方案不存在");
        }
    }

    private static LocalDate date(String field, String value) {
        return InputRules.date(field, value);
    }
}
