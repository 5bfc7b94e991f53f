package org.zhiben.accident.rootcause;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhiben.common.PageResponse;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.InputRules;
import org.zhiben.common.FormSubmission;

/**
 * Root-cause pages (phone width): the analyses in scope (a drill target of the recurring-cause table), one analysis
 * with its five steps, the form to write it, and the recurring causes with their chart, table and the office's
 * 一月一专题 / 一年一难题 picks.
 */
@Controller
class RootCausePageController {

    private static final int PAGE_SIZE = 20;

    private final RootCauses rootCauses;

    RootCausePageController(RootCauses rootCauses) {
        this.rootCauses = rootCauses;
    }

    @GetMapping("/accidents/root-causes")
    String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) SubjectKind kind, @RequestParam(required = false) CauseFactor factor,
            @RequestParam(required = false) String category, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate[] period = period(from, to, model);
        RootCauses.Filter f = new RootCauses.Filter(period[0], period[1], kind, factor, blank(category), sector,
                blank(region));
        Page<RootCauses.AnalysisRow> rows = rootCauses.list(f, PageResponse.pageOf(page, PAGE_SIZE,
                Sort.by(Sort.Direction.DESC, "subjectDate").and(Sort.by("id"))));
        model.addAttribute("rows", rows);
        model.addAttribute("f", f);
        model.addAttribute("kinds", SubjectKind.values());
        model.addAttribute("factors", CauseFactor.values());
        model.addAttribute("categories", rootCauses.categories());
        model.addAttribute("query", query(f));
        return "accident/rootcause/list";
    }

    /** An accident's or hazard's analysis: the existing one, or the form to start it. */
    @GetMapping("/accidents/root-causes/for/{kind}/{subject}")
    String forSubject(@PathVariable SubjectKind kind, @PathVariable UUID subject) {
        RootCauses.SubjectInfo info = rootCauses.subjectInfo(kind, subject);
        return info.analysisId() != null ? "redirect:/accidents/root-causes/" + info.analysisId()
                : "redirect:/accidents/root-causes/new?kind=" + kind + "&subject=" + subject;
    }

    @GetMapping("/accidents/root-causes/new")
    String newForm(@RequestParam(required = false) SubjectKind kind, @RequestParam(required = false) UUID subject,
            Model model) {
        AnalysisForm form = AnalysisForm.of(null, null);
        form.setKind(kind == null ? SubjectKind.HAZARD : kind);
        form.setSubjectId(subject);
        return newPage(form, model);
    }

    private String newPage(AnalysisForm form, Model model) {
        if (form.getSubjectId() != null && form.getKind() != null) {
            RootCauses.SubjectInfo info = rootCauses.subjectInfo(form.getKind(), form.getSubjectId());
            model.addAttribute("subject", info);
        } else {
            model.addAttribute("options", form.getKind() == SubjectKind.ACCIDENT ? rootCauses.accidents()
                    : rootCauses.majorHazards());
        }
        return formPage(form.padded(), model, null);
    }

    @PostMapping("/accidents/root-causes/new")
    String start(@ModelAttribute("form") AnalysisForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        AtomicReference<UUID> id = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> id.set(rootCauses.start(new RootCauses.NewAnalysis(form.getKind(),
                form.getSubjectId(), form.data()), form.getIdempotencyKey())))) {
            return newPage(form, model);
        }
        redirect.addFlashAttribute("notice", "已保存溯源分析");
        return "redirect:/accidents/root-causes/" + id.get();
    }

    @GetMapping("/accidents/root-causes/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("r", rootCauses.get(id));
        return "accident/rootcause/detail";
    }

    @GetMapping("/accidents/root-causes/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        RootCauses.AnalysisView r = rootCauses.get(id);
        return formPage(AnalysisForm.of(r.data(), r.version()), model, r);
    }

    @PostMapping("/accidents/root-causes/{id}/edit")
    String edit(@PathVariable UUID id, @ModelAttribute("form") AnalysisForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        RootCauses.AnalysisView r = rootCauses.get(id);
        if (!FormSubmission.save(binding, () -> rootCauses.write(id, form.getVersion() == null ? -1
                : form.getVersion(), form.data()))) {
            return formPage(form.padded(), model, r);
        }
        redirect.addFlashAttribute("notice", "已保存溯源分析");
        return "redirect:/accidents/root-causes/" + id;
    }

    private String formPage(AnalysisForm form, Model model, RootCauses.AnalysisView existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        if (existing != null) {
            model.addAttribute("subject", rootCauses.subjectInfo(existing.kind(), existing.subjectId()));
        }
        model.addAttribute("factors", CauseFactor.values());
        model.addAttribute("categories", rootCauses.categories());
        return "accident/rootcause/form";
    }

    // ---------------------------------------------------------------- recurring causes and topics

    @GetMapping("/accidents/root-causes/recurring")
    String recurring(@RequestParam(name = "from", required = false) String fromText,
            @RequestParam(name = "to", required = false) String toText,
            @RequestParam(required = false) SubjectKind kind, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int topicPage, Model model) {
        LocalDate[] period = period(fromText, toText, model);
        LocalDate from = period[0];
        LocalDate to = period[1];
        LocalDate today = rootCauses.today();
        LocalDate start = from != null ? from : to == null ? today.minusMonths(RootCauses.BASIS_MONTHS).plusDays(1)
                : null;
        LocalDate end = to != null ? to : from == null ? today : null;
        TopicForm form = new TopicForm();
        form.setKind(TopicKind.MONTHLY);
        form.setPeriod(today.toString().substring(0, 7));
        return recurringPage(new RootCauses.Filter(start, end, kind, null, null, null, blank(region)), form, topicPage,
                model);
    }

    private String recurringPage(RootCauses.Filter f, TopicForm form, int topicPage, Model model) {
        RootCauses.Recurring r = rootCauses.recurring(f);
        model.addAttribute("r", r);
        model.addAttribute("kinds", SubjectKind.values());
        model.addAttribute("query", query(f));
        List<Map<String, Object>> chart = new ArrayList<>();
        r.byCategory().stream().limit(12).forEach(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", t.name());
            m.put("factor", t.factor() == null ? "" : t.factor().text());
            m.put("count", t.causes());
            chart.add(m);
        });
        model.addAttribute("chart", chart);
        model.addAttribute("factorNames", java.util.Arrays.stream(CauseFactor.values()).map(CauseFactor::text)
                .toList());
        model.addAttribute("topics", rootCauses.topics(null, PageResponse.pageOf(topicPage, PAGE_SIZE,
                RootCauses.TOPICS_NEWEST_FIRST)));
        model.addAttribute("topicLink", UriComponentsBuilder.fromPath("/accidents/root-causes/recurring")
                .query(query(f)).queryParamIfPresent("region", java.util.Optional.ofNullable(f.region()))
                .queryParam("topicPage", "").encode().toUriString());
        model.addAttribute("form", form);
        model.addAttribute("topicKinds", TopicKind.values());
        model.addAttribute("categories", rootCauses.categories());
        model.addAttribute("office", officeName());
        return "accident/rootcause/recurring";
    }

    private String officeName() {
        try {
            return rootCauses.office().name();
        } catch (RuntimeException none) {
            return null;
        }
    }

    @PostMapping("/accidents/root-causes/topics")
    String pick(@ModelAttribute("form") TopicForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        boolean saved;
        try {
            saved = FormSubmission.save(binding, () -> rootCauses.pick(form.data(), form.getIdempotencyKey()));
        } catch (TopicTakenException taken) {
            binding.rejectValue("period", "taken", taken.getReason());
            saved = false;
        }
        if (!saved) {
            LocalDate today = rootCauses.today();
            return recurringPage(new RootCauses.Filter(today.minusMonths(RootCauses.BASIS_MONTHS).plusDays(1), today,
                    null, null, null, null, null), form, 0, model);
        }
        redirect.addFlashAttribute("notice", "已选定" + (form.getKind() == null ? "" : form.getKind().label()));
        return "redirect:/accidents/root-causes/recurring";
    }

    @GetMapping("/accidents/root-causes/topics/{id}")
    String topicForm(@PathVariable UUID id, Model model) {
        RootCauses.TopicView t = rootCauses.topic(id);
        TopicForm form = new TopicForm();
        form.setVersion(t.version());
        form.setKind(t.kind());
        form.setPeriod(t.period());
        form.setCategory(t.category());
        form.setTitle(t.title());
        form.setReason(t.reason());
        return topicPage(t, form, model);
    }

    private String topicPage(RootCauses.TopicView t, TopicForm form, Model model) {
        model.addAttribute("t", t);
        model.addAttribute("form", form);
        model.addAttribute("categories", rootCauses.categories());
        return "accident/rootcause/topic";
    }

    @PostMapping("/accidents/root-causes/topics/{id}")
    String changeTopic(@PathVariable UUID id, @ModelAttribute("form") TopicForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        RootCauses.TopicView t = rootCauses.topic(id);
        if (!FormSubmission.save(binding, () -> rootCauses.changeTopic(id, form.getVersion() == null ? -1
                : form.getVersion(), form.data()))) {
            form.setKind(t.kind());
            form.setPeriod(t.period());
            return topicPage(t, form, model);
        }
        redirect.addFlashAttribute("notice", "已修改" + t.kind().label());
        return "redirect:/accidents/root-causes/recurring";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The period a filter form typed, read with {@code InputRules}: a refused date (or an end before the start) is
     * left out and its message stands beside its field ({@code filterErrors}), the list shown without it.
     */
    private static LocalDate[] period(String from, String to, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = filterDate("from", from, errors);
        LocalDate end = filterDate("to", to, errors);
        if (start != null && end != null && start.isAfter(end)) {
            errors.put("to", "结束日期不能早于开始日期");
            end = null;
        }
        if (!errors.isEmpty()) {
            model.addAttribute("filterErrors", errors);
        }
        return new LocalDate[] {start, end};
    }

    private static LocalDate filterDate(String field, String text, Map<String, String> errors) {
        try {
            return InputRules.date(field, text);
        } catch (InvalidInputException e) {
            errors.put(field, e.violations().get(0).message());
            return null;
        }
    }

    /** The filter as a query string (without factor, category, sector, region), for drill links. */
    private static String query(RootCauses.Filter f) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (f.from() != null) {
            b.queryParam("from", f.from());
        }
        if (f.to() != null) {
            b.queryParam("to", f.to());
        }
        if (f.kind() != null) {
            b.queryParam("kind", f.kind());
        }
        String q = b.build().getQuery();
        return q == null ? "" : q;
    }
}
