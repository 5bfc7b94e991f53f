package org.zhiben.campaign.routine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.UnitKind;
import org.zhiben.campaign.internal.Plan;
import org.zhiben.common.FileType;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.web.Downloads;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.Regions;

/**
 * The routine pages: a plan's 日常工作 (meeting calendar, filing requirements, yearly summary and evaluation report),
 * a meeting (agenda and minutes), a filing requirement (who filed, late, missing; the upload). Forms go through
 * {@link FormSubmission}: a rule's message beside its field, a stale version on top.
 */
@Controller
class RoutinePageController {

    private final Routines routines;
    private final Campaigns campaigns;
    private final Regions regions;
    private final Enterprises enterprises;

    RoutinePageController(Routines routines, Campaigns campaigns, Regions regions, Enterprises enterprises) {
        this.routines = routines;
        this.campaigns = campaigns;
        this.regions = regions;
        this.enterprises = enterprises;
    }

    @GetMapping("/campaign/plans/{id}/routine")
    String routine(@PathVariable UUID id, Model model) {
        Plan plan = campaigns.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("canManage", campaigns.canManage(plan));
        model.addAttribute("calendar", routines.calendar(id, campaigns.today()));
        model.addAttribute("requirements", routines.requirements(id));
        model.addAttribute("counts", routines.counts(id));
        model.addAttribute("kinds", MeetingKind.values());
        List<Regions.RegionView> filerRegions = new ArrayList<>();
        regions.find(plan.getRegionCode()).ifPresent(filerRegions::add);
        filerRegions.addAll(regions.children(plan.getRegionCode()));
        model.addAttribute("filerRegions", filerRegions);
        List<Paper> done = routines.papers(id);
        List<PaperRow> papers = new ArrayList<>();
        for (PaperKind kind : PaperKind.values()) {
            for (int year : routines.years(plan, kind)) {
                papers.add(new PaperRow(kind, year, routines.dueDate(plan, kind, year), done.stream()
                        .filter(p -> p.getKind() == kind && p.getYear() == year).findFirst().orElse(null)));
            }
        }
        model.addAttribute("papers", papers);
        model.addAttribute("today", campaigns.today());
        if (!model.containsAttribute("form")) {
            RoutineForm form = new RoutineForm();
            form.setPeriod(java.time.YearMonth.from(campaigns.today()).toString());
            form.setHeldOn(campaigns.today());
            model.addAttribute("form", form);
        }
        return "campaign/routine";
    }

    public record PaperRow(PaperKind kind, int year, java.time.LocalDate due, Paper paper) {
    }

    @PostMapping("/campaign/plans/{id}/meetings")
    String createMeeting(@PathVariable UUID id, @ModelAttribute("form") RoutineForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        campaigns.plan(id);
        UUID[] created = new UUID[1];
        if (!FormSubmission.save(binding, () -> created[0] = routines.createMeeting(id, new RoutineData.NewMeeting(
                form.getPeriod(), form.getHeldOn(), kind(form.getKind()), form.getTitle(), form.getPlace()), (String) null))) {
            return failed(binding, model, () -> routine(id, model));
        }
        redirect.addFlashAttribute("notice", "已安排会议并生成议程");
        return "redirect:/campaign/meetings/" + created[0];
    }

    @PostMapping("/campaign/plans/{id}/filings")
    String createRequirement(@PathVariable UUID id, @ModelAttribute("form") RoutineForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        campaigns.plan(id);
        UUID[] created = new UUID[1];
        if (!FormSubmission.save(binding, () -> created[0] = routines.createRequirement(id,
                new RoutineData.NewRequirement(form.getTitle(), form.getFiledWith(), form.getDueDate(),
                        filers(form)), null))) {
            return failed(binding, model, () -> routine(id, model));
        }
        redirect.addFlashAttribute("notice", "已设置报送要求");
        return "redirect:/campaign/filings/" + created[0];
    }

    /** The checked regions and the enterprises named by their 统一社会信用代码, one a line. */
    private List<RoutineData.FilerRef> filers(RoutineForm form) {
        List<RoutineData.FilerRef> out = new ArrayList<>();
        form.getRegions().stream().filter(r -> r != null && !r.isBlank())
                .forEach(r -> out.add(new RoutineData.FilerRef(UnitKind.REGION, r.strip())));
        if (form.getUsccs() != null) {
            for (String line : form.getUsccs().split("[\\s,，、;；]+")) {
                String uscc = line.strip();
                if (uscc.isEmpty()) {
                    continue;
                }
                String id = enterprises.searchSummaries(new EnterpriseFilter(null, null, null, null, null, uscc),
                        org.springframework.data.domain.PageRequest.of(0, 5)).stream()
                        .filter(e -> uscc.equalsIgnoreCase(e.uscc())).map(e -> e.id().toString()).findFirst()
                        .orElse(null);
                if (id == null) {
                    throw new InvalidInputException("usccs", "辖区内没有统一社会信用代码为 " + uscc + " 的企业");
                }
                out.add(new RoutineData.FilerRef(UnitKind.ENTERPRISE, id));
            }
        }
        return out;
    }

    @PostMapping("/campaign/plans/{id}/papers/{kind}/{year}")
    String submitPaper(@PathVariable UUID id, @PathVariable PaperKind kind, @PathVariable int year,
            @ModelAttribute("form") RoutineForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        campaigns.plan(id);
        if (!FormSubmission.save(binding, () -> routines.submitPaper(id, kind, year, form.getVersion(),
                form.getFile() == null || form.getFile().isEmpty() ? null
                        : RoutineApiController.upload(form.getFile())))) {
            // the row's own upload field shows what was wrong with the file (its type, its content, the version)
            model.addAttribute("paperError", Map.of("row", kind.name() + "-" + year, "message",
                    binding.getAllErrors().get(0).getDefaultMessage()));
            return failed(binding, model, () -> routine(id, model));
        }
        redirect.addFlashAttribute("notice", "已报送" + year + "年" + kind.label() + "定稿");
        return "redirect:/campaign/plans/" + id + "/routine#papers";
    }

    @GetMapping("/campaign/plans/{id}/papers/{kind}/{year}/draft.docx")
    ResponseEntity<byte[]> draft(@PathVariable UUID id, @PathVariable PaperKind kind, @PathVariable int year)
            throws IOException {
        byte[] bytes = routines.draft(id, kind, year);
        return Downloads.document(PaperDraft.title(campaigns.plan(id), kind, year) + "(草稿).docx", FileType.DOCX,
                bytes);
    }

    @GetMapping("/campaign/plans/{id}/papers/{paperId}/file")
    ResponseEntity<InputStreamResource> paperFile(@PathVariable UUID id, @PathVariable UUID paperId)
            throws IOException {
        Paper p = routines.paper(id, paperId);
        return Downloads.stored(p.getName(), FileType.DOCX.contentType(), p.getSize(), false,
                routines.open(p.getFileKey()));
    }

    // ---------------------------------------------------------------- a meeting

    @GetMapping("/campaign/meetings/{id}")
    String meeting(@PathVariable UUID id, Model model) {
        Meeting m = routines.meeting(id);
        Plan plan = campaigns.plan(m.getPlanId());
        model.addAttribute("meeting", m);
        model.addAttribute("plan", plan);
        model.addAttribute("canManage", campaigns.canManage(plan));
        if (!model.containsAttribute("form")) {
            RoutineForm form = new RoutineForm();
            form.setChair(m.getChair());
            form.setAttendees(m.getAttendees());
            for (AgendaItem i : m.getItems()) {
                RoutineForm.ItemRow row = new RoutineForm.ItemRow();
                row.setSeq(i.getSeq());
                row.setDecision(i.getDecision());
                row.setFollowUpNote(i.getFollowUpNote());
                row.setFollowUpDue(i.getFollowUpDue());
                form.getItems().add(row);
            }
            model.addAttribute("form", form);
        }
        return "campaign/meeting";
    }

    @PostMapping("/campaign/meetings/{id}/agenda")
    String agenda(@PathVariable UUID id, @ModelAttribute("form") RoutineForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        routines.meeting(id);
        if (!FormSubmission.save(binding, () -> routines.changeAgenda(id, new RoutineData.AgendaChange(
                form.getVersion(), form.getAction(), form.getSeq(), form.getTopic())))) {
            return failed(binding, model, () -> meeting(id, model));
        }
        redirect.addFlashAttribute("notice", "已修改议程");
        return "redirect:/campaign/meetings/" + id;
    }

    @PostMapping("/campaign/meetings/{id}/minutes")
    String minutes(@PathVariable UUID id, @ModelAttribute("form") RoutineForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        routines.meeting(id);
        List<RoutineData.ItemMinute> items = form.getItems().stream().map(r -> new RoutineData.ItemMinute(r.getSeq(),
                r.getDecision(), r.getFollowUpNote(), r.getFollowUpDue())).toList();
        if (!FormSubmission.save(binding, () -> routines.minute(id, new RoutineData.Minutes(form.getVersion(),
                form.getChair(), form.getAttendees(), items)))) {
            return failed(binding, model, () -> meeting(id, model));
        }
        redirect.addFlashAttribute("notice", "已保存会议纪要");
        return "redirect:/campaign/meetings/" + id;
    }

    // ---------------------------------------------------------------- a filing requirement

    @GetMapping("/campaign/filings/{id}")
    String filing(@PathVariable UUID id, Model model) {
        FilingRequirement q = routines.requirement(id);
        boolean all = routines.seesPlan(q.getPlanId());
        model.addAttribute("requirement", q);
        model.addAttribute("plan", all ? campaigns.plan(q.getPlanId()) : null);
        model.addAttribute("statuses", routines.statuses(id).stream()
                .filter(s -> all || q.filer(s.ref()).filter(routines::filesFor).isPresent()).toList());
        model.addAttribute("fileable", routines.fileableFilers(q));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RoutineForm());
        }
        return "campaign/filing";
    }

    @PostMapping("/campaign/filings/{id}/receipts")
    String submitFiling(@PathVariable UUID id, @ModelAttribute("form") RoutineForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        routines.requirement(id);
        if (!FormSubmission.save(binding, () -> routines.submitFiling(id, form.getFilerRef(),
                form.getFile() == null || form.getFile().isEmpty() ? null
                        : RoutineApiController.upload(form.getFile())))) {
            return failed(binding, model, () -> filing(id, model));
        }
        redirect.addFlashAttribute("notice", "已报送");
        return "redirect:/campaign/filings/" + id;
    }

    @GetMapping("/campaign/filings/{id}/receipts/{receiptId}/file")
    ResponseEntity<InputStreamResource> receiptFile(@PathVariable UUID id, @PathVariable UUID receiptId)
            throws IOException {
        Filing f = routines.filing(id, receiptId);
        return Downloads.stored(f.getName(), f.getFileType().contentType(), f.getSize(), false,
                routines.open(f.getFileKey()));
    }

    private static String failed(BindingResult binding, Model model, java.util.function.Supplier<String> page) {
        model.addAttribute("error", binding.getGlobalErrors().isEmpty() ? null
                : binding.getGlobalErrors().get(0).getDefaultMessage());
        return page.get();
    }

    private static MeetingKind kind(String value) {
        return InputRules.choice(MeetingKind.class, "kind", value, "请选择会议类型");
    }
}
