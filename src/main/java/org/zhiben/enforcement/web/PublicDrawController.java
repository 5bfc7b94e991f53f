package org.zhiben.enforcement.web;

import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhiben.common.PageResponse;
import org.zhiben.enforcement.Draws;

/**
 * The 公示 of 双随机 draws, open without login (permitted in the security configuration): read-only, enterprises by
 * name and USCC, officers by name and 执法证 number, the seed and the candidate lists to re-run the draw, and the
 * exclusions with their reasons (an officer's 回避 detail withheld).
 */
@Controller
class PublicDrawController {

    private final Draws draws;

    PublicDrawController(Draws draws) {
        this.draws = draws;
    }

    @GetMapping("/public/draws")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", draws.publishedList(PageResponse.pageOf(page, 20,
                Sort.by(Sort.Direction.DESC, "drawnAt"))));
        return "enforcement/public-draws";
    }

    @GetMapping("/public/draws/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("d", draws.published(id));
        model.addAttribute("official", false);
        return "enforcement/draw";
    }
}
