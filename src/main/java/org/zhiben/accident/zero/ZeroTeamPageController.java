package org.zhiben.accident.zero;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;

/**
 * 专班 pages (phone width, cards): the campaign's groups with their months and quarters, a group's meeting log with
 * the form (photos from the phone's camera), and the year's 通报表扬 list with its Word export.
 */
@Controller
class ZeroTeamPageController {

    private final ZeroTeams teams;
    private final ZeroAccidents zero;

    ZeroTeamPageController(ZeroTeams teams, ZeroAccidents zero) {
        this.teams = teams;
        this.zero = zero;
    }

    private int year(Integer year) {
        int y = year == null ? zero.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new InvalidInputException("year", "年份应在2000–2100之间");
        }
        return y;
    }

    // ---------------------------------------------------------------- teams and compliance

    @GetMapping("/accidents/zero/{id}/teams")
    String teams(@PathVariable UUID id, @RequestParam(required = false) Integer year, Model model) {
        ZeroAccidents.CampaignView c = zero.campaign(id);
        int y = year(year);
        model.addAttribute("c", c);
        model.addAttribute("year", y);
        model.addAttribute("compliance", teams.compliance(id, y));
        model.addAttribute("office", zero.runs(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ZeroTeamForm());
        }
        return "accident/zero/teams";
    }

    @PostMapping("/accidents/zero/{id}/teams")
    String register(@PathVariable UUID id, @ModelAttribute("form") ZeroTeamForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        zero.campaign(id);
        AtomicReference<UUID> team = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> team.set(teams.register(id, new ZeroTeams.TeamData(
                ZeroCampaignPageController.orgKind(form.getOrgKind()), form.getOrgCode(), form.getOrgName()))))) {
            model.addAttribute("formOpen", true);
            return teams(id, null, model);
        }
        redirect.addFlashAttribute("notice", "已登记工作专班");
        return "redirect:/accidents/zero/teams/" + team.get();
    }

    // ---------------------------------------------------------------- meetings

    @GetMapping("/accidents/zero/teams/{teamId}")
    String team(@PathVariable UUID teamId, @RequestParam(required = false) Integer year, Model model) {
        ZeroTeams.TeamView t = teams.team(teamId);
        int y = year(year);
        model.addAttribute("team", t);
        model.addAttribute("c", zero.campaign(t.campaignId()));
        model.addAttribute("year", y);
        model.addAttribute("meetings", teams.meetings(teamId, y));
        model.addAttribute("row", teams.compliance(t.campaignId(), y).teams().stream()
                .filter(r -> r.team().id().equals(teamId)).findFirst().orElse(null));
        model.addAttribute("kinds", MeetingKind.values());
        if (!model.containsAttribute("form")) {
            ZeroMeetingForm f = new ZeroMeetingForm();
            f.setIdempotencyKey(UUID.randomUUID().toString());
            f.setHeldOn(zero.today().toString());
            model.addAttribute("form", f);
        }
        return "accident/zero/team";
    }

    @PostMapping("/accidents/zero/teams/{teamId}/meetings")
    String record(@PathVariable UUID teamId, @ModelAttribute("form") ZeroMeetingForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        teams.team(teamId);
        if (!FormSubmission.save(binding, () -> teams.record(teamId, meeting(form), photos(form),
                form.getIdempotencyKey()))) {
            return team(teamId, null, model);
        }
        redirect.addFlashAttribute("notice", "已登记会议");
        return "redirect:/accidents/zero/teams/" + teamId;
    }

    private static ZeroTeams.MeetingData meeting(ZeroMeetingForm f) {
        java.time.LocalDate held = f.getHeldOn() == null || f.getHeldOn().isBlank() ? null
                : InputRules.date("heldOn", f.getHeldOn().strip());
        MeetingKind kind;
        try {
            kind = MeetingKind.valueOf(String.valueOf(f.getKind()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "请选择会议类型(调度会议、现场会或其他会议)");
        }
        return new ZeroTeams.MeetingData(held, kind, f.getTitle(), f.getAttendees(), f.getIssues(),
                f.getDecisions());
    }

    private static List<byte[]> photos(ZeroMeetingForm f) {
        try {
            return ZeroTeamApiController.bytes(f.getPhotos());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/accidents/zero/meetings/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        ZeroTeams.MeetingView m = teams.meeting(id);
        try {
            teams.delete(id, InputRules.version(version));
            redirect.addFlashAttribute("notice", "已删除会议记录");
        } catch (org.zhiben.common.StaleVersionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/accidents/zero/teams/" + m.teamId();
    }

    @GetMapping("/accidents/zero/meetings/{id}/photos/{n}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable int n) {
        return ZeroTeamApiController.serve(teams.photo(id, n));
    }

    // ---------------------------------------------------------------- 通报表扬

    @GetMapping("/accidents/zero/{id}/commendations")
    String commendations(@PathVariable UUID id, @RequestParam(required = false) Integer year, Model model) {
        ZeroAccidents.CampaignView c = zero.campaign(id);
        int y = year(year);
        model.addAttribute("c", c);
        model.addAttribute("year", y);
        List<ZeroTeams.CommendationView> list = teams.commendations(id, y);
        List<ZeroTeams.Candidate> candidates = teams.candidates(id, y);
        java.util.Set<String> codes = new java.util.HashSet<>();
        list.forEach(k -> codes.add(k.countyCode()));
        candidates.forEach(k -> codes.add(k.countyCode()));
        model.addAttribute("names", zero.regionNames(codes));
        model.addAttribute("list", list);
        model.addAttribute("candidates", candidates.stream().filter(k -> !k.commended()).toList());
        model.addAttribute("office", zero.runs(id));
        if (!model.containsAttribute("form")) {
            ZeroCommendationForm f = new ZeroCommendationForm();
            f.setIdempotencyKey(UUID.randomUUID().toString());
            model.addAttribute("form", f);
        }
        return "accident/zero/commendations";
    }

    @PostMapping("/accidents/zero/{id}/commendations")
    String commend(@PathVariable UUID id, @RequestParam(required = false) Integer year,
            @ModelAttribute("form") ZeroCommendationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        zero.campaign(id);
        if (!FormSubmission.save(binding, () -> teams.commend(id, unitYear(form.getUnitYearId()), form.getReason(),
                form.getIdempotencyKey()))) {
            return commendations(id, year, model);
        }
        redirect.addFlashAttribute("notice", "已列入通报表扬名单");
        return "redirect:/accidents/zero/" + id + "/commendations" + (year == null ? "" : "?year=" + year);
    }

    private static UUID unitYear(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unitYearId", "只能表扬本次创建中已认定的单位");
        }
    }

    @PostMapping("/accidents/zero/{id}/commendations/{commendationId}/withdraw")
    String withdraw(@PathVariable UUID id, @PathVariable UUID commendationId,
            @RequestParam(required = false) Long version, @RequestParam(required = false) Integer year,
            RedirectAttributes redirect) {
        zero.campaign(id);
        try {
            teams.withdraw(commendationId, InputRules.version(version));
            redirect.addFlashAttribute("notice", "已移出通报表扬名单");
        } catch (org.zhiben.common.StaleVersionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/accidents/zero/" + id + "/commendations" + (year == null ? "" : "?year=" + year);
    }

    @GetMapping("/accidents/zero/{id}/commendations.docx")
    ResponseEntity<byte[]> docx(@PathVariable UUID id, @RequestParam(required = false) Integer year)
            throws IOException {
        return ZeroTeamApiController.commendationsDocx(zero, teams, id, year(year));
    }
}
