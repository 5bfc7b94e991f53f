package org.zhiben.accident.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.zhiben.common.PageResponse;
import org.zhiben.accident.AccidentFlag;
import org.zhiben.accident.AccidentFiles;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.InputStreamResource;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.accident.AccidentCategories;
import org.zhiben.accident.AccidentFilter;
import org.zhiben.accident.AccidentGrade;
import org.zhiben.accident.AccidentState;
import org.zhiben.accident.Accidents;
import org.zhiben.accident.SpecialKind;
import org.zhiben.accident.followup.FollowUps;
import org.zhiben.accident.internal.Accident;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.accident.AccidentAction;
import org.zhiben.accident.Casualties;
import org.zhiben.accident.ReportLevel;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;

/**
 * Accident pages: the scoped list with filters, the detail with the reporting clock, supplementary reports and the
 * investigation's deadlines, and the report form for enterprise users (saved through {@link FormSubmission}: a rule
 * broken shows its message beside its field).
 */
@Controller
class AccidentPageController {

    private static final int PAGE_SIZE = 20;

    private final Accidents accidents;
    private final FollowUps followUps;
    private final org.zhiben.directory.SectorCatalog sectors;
    private final AccidentFiles files;

    AccidentPageController(Accidents accidents, FollowUps followUps, org.zhiben.directory.SectorCatalog sectors,
            AccidentFiles files) {
        this.files = files;
        this.accidents = accidents;
        this.followUps = followUps;
        this.sectors = sectors;
    }

    @GetMapping("/accidents")
    String list(@RequestParam(required = false) AccidentGrade grade,
            @RequestParam(required = false) AccidentState state, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String regionPrefix, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String scheme, @RequestParam(required = false) String category,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "false") boolean counted, @RequestParam(defaultValue = "0") int page,
            Model model) {
        AccidentFilter filter = filter(grade, state, year, regionPrefix, sector, scheme, category, from, to, counted);
        Page<Accident> p = accidents.list(filter, PageResponse.pageOf(page, PAGE_SIZE,
                Sort.by(Sort.Direction.DESC, "occurredAt").and(Sort.by("id"))));
        model.addAttribute("page", p);
        model.addAttribute("grade", grade);
        model.addAttribute("state", state);
        model.addAttribute("year", year);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query(filter));
        model.addAttribute("grades", AccidentGrade.values());
        model.addAttribute("states", AccidentState.values());
        model.addAttribute("canReport", me().role().isEnterpriseRole());
        return "accident/list";
    }

    /** The list's filters as given in the address; a category without a scheme is a GB 6441-1986 code. */
    static AccidentFilter filter(AccidentGrade grade, AccidentState state, Integer year, String regionPrefix,
            String sector, String scheme, String category, LocalDate from, LocalDate to, boolean counted) {
        String code = blank(category);
        return new AccidentFilter(grade, state, year, blank(regionPrefix), blank(sector),
                code == null ? null : blank(scheme) == null ? AccidentCategories.GB_6441_1986 : scheme.strip(), code,
                from, to, counted);
    }

    /** The filter as query parameters, each followed by {@code &} (the pages' links append {@code page=}). */
    private static String query(AccidentFilter f) {
        org.springframework.web.util.UriComponentsBuilder b = org.springframework.web.util.UriComponentsBuilder
                .newInstance();
        java.util.function.BiConsumer<String, Object> add = (k, v) -> {
            if (v != null) {
                b.queryParam(k, v);
            }
        };
        add.accept("grade", f.grade());
        add.accept("state", f.state());
        add.accept("year", f.year());
        add.accept("regionPrefix", f.regionPrefix());
        add.accept("sector", f.sector());
        add.accept("scheme", f.categoryCode() == null ? null : f.categoryScheme());
        add.accept("category", f.categoryCode());
        add.accept("from", f.from());
        add.accept("to", f.to());
        add.accept("counted", f.counted() ? Boolean.TRUE : null);
        String q = b.build().encode().getQuery();
        return q == null ? "" : q + "&";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @GetMapping("/accidents/new")
    String newForm(Model model) {
        requireEnterpriseUser();
        AccidentForm form = new AccidentForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        return formPage(form, model);
    }

    @PostMapping("/accidents")
    String report(@ModelAttribute("form") AccidentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        requireEnterpriseUser();
        AtomicReference<UUID> id = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> id.set(accidents.report(form.toReport(), form.getIdempotencyKey())))) {
            return formPage(form, model);
        }
        redirect.addFlashAttribute("notice", "已报告事故");
        return "redirect:/accidents/" + id.get();
    }

    @GetMapping("/accidents/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Accident a = accidents.get(id);
        var now = accidents.now();
        model.addAttribute("a", a);
        model.addAttribute("categoryLabel", AccidentCategories.label(a.getCategoryScheme(), a.getCategoryCode()));
        model.addAttribute("steps", a.clock(now));
        model.addAttribute("window", a.supplementWindow(now));
        CurrentUser me = me();
        model.addAttribute("official", me.isOfficialOrAdmin());
        model.addAttribute("canSupplement", !a.getState().terminal() && (me.isOfficialOrAdmin()
                || a.getEnterpriseId() != null && me.memberOf(a.getEnterpriseId())));
        model.addAttribute("actions", me.isOfficialOrAdmin() ? a.allowedActions() : java.util.List.of());
        model.addAttribute("canAttach", me.isOfficialOrAdmin()
                || a.getEnterpriseId() != null && me.memberOf(a.getEnterpriseId()));
        model.addAttribute("flagChoices", AccidentFlag.values());
        model.addAttribute("nextForward", me.isOfficialOrAdmin() && a.getState() != AccidentState.VOIDED
                ? a.nextForward() : null);
        FollowUps.View followUp = followUps.view(id);
        model.addAttribute("followUp", followUp);
        model.addAttribute("accidentSectors", sectors.sectors().stream()
                .filter(e -> a.getSectors().codes().contains(e.code())).toList());
        model.addAttribute("proposedEnd", followUps.proposedEnd());
        model.addAttribute("canMeasure", me.isOfficialOrAdmin() && a.getEnterpriseId() != null
                && java.util.Set.of(AccidentState.REPORT_SUBMITTED, AccidentState.REPLIED, AccidentState.RECTIFYING)
                        .contains(a.getState()));
        model.addAttribute("canAnalogy", me.isOfficialOrAdmin() && followUp.analogy() == null
                && !followUp.measures().isEmpty() && a.getState() != AccidentState.VOIDED);
        if (!model.containsAttribute("actionForm")) {
            ActionForm form = new ActionForm();
            form.setEndsOn(followUps.proposedEnd());
            form.setJointPunishment(FollowUps.DEFAULT_JOINT);
            model.addAttribute("actionForm", form);
        }
        return "accident/detail";
    }

    @PostMapping("/accidents/{id}/supplements")
    String supplement(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        accidents.get(id); // 404 outside the scope before anything else
        return saved(id, binding, model, redirect, "已续报", () -> {
            java.util.List<FieldViolation> errors = new java.util.ArrayList<>();
            Integer d = People.countText("deaths", form.getDeaths(), true, errors);
            Integer m = People.countText("missing", form.getMissing(), true, errors);
            Integer s = People.countText("seriousInjuries", form.getSeriousInjuries(), true, errors);
            java.math.BigDecimal loss = People.yuanText("directLossYuan", form.getDirectLossYuan(), errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            accidents.supplement(id, version(form), new Casualties(d, m, s, loss), form.getNote());
        });
    }

    @PostMapping("/accidents/{id}/files")
    String attach(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) throws java.io.IOException {
        accidents.get(id);
        var given = AccidentApiController.uploads(form.getFile());
        return saved(id, binding, model, redirect, "已上传 " + given.size() + " 个照片或文件",
                () -> files.attach(id, version(form), given));
    }

    @GetMapping("/accidents/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable UUID fileId) {
        return AccidentApiController.serve(files.open(id, fileId));
    }

    @PostMapping("/accidents/{id}/flags")
    String flag(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        accidents.get(id);
        boolean value = !"false".equals(form.getFlagValue());
        return saved(id, binding, model, redirect, value ? "已认定" : "已撤销认定", () -> accidents.flag(id,
                version(form), choose(AccidentFlag.class, "flag", form.getFlag()), value));
    }

    @PostMapping("/accidents/{id}/forwards")
    String forward(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        accidents.get(id);
        return saved(id, binding, model, redirect, "已记录上报", () -> accidents.forward(id, version(form),
                choose(ReportLevel.class, "level", form.getLevel()), null));
    }

    @PostMapping("/accidents/{id}/actions")
    String act(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        accidents.get(id);
        return saved(id, binding, model, redirect, "已办理", () -> accidents.transition(id, version(form),
                new Accidents.Command(choose(AccidentAction.class, "action", form.getAction()), form.getDays(),
                        form.getReason(), form.getApprovedBy(), form.getText())));
    }

    @PostMapping("/accidents/{id}/measures")
    String measures(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        accidents.get(id);
        return saved(id, binding, model, redirect, "已录入防范措施并转为事故类比隐患", () -> followUps.addMeasures(id,
                version(form), FollowUps.lines(form.getMeasures())));
    }

    @PostMapping("/accidents/{id}/analogy")
    String analogy(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        accidents.get(id);
        return saved(id, binding, model, redirect, "已下发类比排查", renamed(java.util.Map.of("note", "analogyNote"),
                () -> followUps.confirmAnalogy(id, version(form), form.getSector(), form.getDue(),
                        form.getAnalogyNote())));
    }

    @PostMapping("/accidents/{id}/blacklist")
    String blacklist(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        accidents.get(id);
        FollowUps.BlacklistView entry = followUps.view(id).blacklist();
        if (entry == null) {
            throw new org.zhiben.common.NotFoundException("黑名单记录");
        }
        boolean confirm = "CONFIRM".equals(form.getAction());
        return saved(id, binding, model, redirect, confirm ? "已列入黑名单" : "已决定不予列入",
                renamed(java.util.Map.of("reason", "blacklistReason", "action", "blacklistAction"), () -> {
                    if (confirm) {
                        followUps.confirm(entry.id(), version(form), form.getJointPunishment(), form.getEndsOn(),
                                form.getBlacklistReason());
                    } else if ("DECLINE".equals(form.getAction())) {
                        followUps.decline(entry.id(), version(form), form.getBlacklistReason());
                    } else {
                        throw new InvalidInputException("action", "请选择确认或不予列入");
                    }
                }));
    }

    /** A change whose rule messages name fields that this page's other forms also have: told apart by name. */
    private static Runnable renamed(java.util.Map<String, String> names, Runnable change) {
        return () -> {
            try {
                change.run();
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.violations().stream().map(v -> new FieldViolation(
                        names.getOrDefault(v.field(), v.field()), v.message())).toList());
            }
        };
    }

    private String saved(UUID id, BindingResult binding, Model model, RedirectAttributes redirect, String notice,
            Runnable change) {
        if (!FormSubmission.save(binding, change)) {
            model.addAttribute("error", binding.getAllErrors().isEmpty() ? null
                    : binding.getAllErrors().get(0).getDefaultMessage());
            return detail(id, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/accidents/" + id;
    }

    private static long version(ActionForm form) {
        return InputRules.version(form.getVersion());
    }

    private static <E extends Enum<E>> E choose(Class<E> type, String field, String value) {
        return InputRules.requiredChoice(type, field, value, "请选择");
    }

    private String formPage(AccidentForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("categories", AccidentCategories.of(AccidentCategories.GB_6441_1986));
        model.addAttribute("kinds", Arrays.asList(SpecialKind.values()));
        return "accident/new";
    }

    private static void requireEnterpriseUser() {
        if (!me().role().isEnterpriseRole()) {
            throw new AccessDeniedException("事故报告表供企业人员填写;监管人员请通过接口登记");
        }
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }
}
