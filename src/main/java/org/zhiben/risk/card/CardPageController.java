package org.zhiben.risk.card;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhiben.common.QrCodes;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.risk.MeasureCategory;
import org.zhiben.risk.RiskInventory;

/**
 * 两单两卡 pages: the positions of an enterprise, their form, and the five printable cards of a position with a QR
 * code of the position's risk list.
 */
@Controller
class CardPageController {

    /** The card kinds, in the order of the position list. */
    static final Set<String> KINDS = Set.of("risk-list", "duty-list", "operation", "emergency", "notice");

    private final PositionCards cards;
    private final RiskInventory inventory;

    CardPageController(PositionCards cards, RiskInventory inventory) {
        this.cards = cards;
        this.inventory = inventory;
    }

    @GetMapping("/risk/enterprises/{enterpriseId}/cards")
    String list(@PathVariable UUID enterpriseId, Model model) {
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("enterpriseName", inventory.enterpriseName(enterpriseId));
        model.addAttribute("positions", cards.list(enterpriseId));
        model.addAttribute("editable", cards.canEdit(enterpriseId));
        return "risk/cards";
    }

    @GetMapping("/risk/enterprises/{enterpriseId}/cards/new")
    String newPosition(@PathVariable UUID enterpriseId, Model model) {
        requireEditable(enterpriseId);
        model.addAttribute("form", new PositionForm());
        return form(model, enterpriseId, null);
    }

    @PostMapping("/risk/enterprises/{enterpriseId}/cards")
    String create(@PathVariable UUID enterpriseId, @ModelAttribute("form") PositionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        AtomicReference<UUID> id = new AtomicReference<>();
        if (FormSubmission.save(binding, () -> id.set(cards.create(enterpriseId, form.toData())))) {
            redirect.addFlashAttribute("notice", "已新增岗位");
            return "redirect:/risk/enterprises/" + enterpriseId + "/cards#position-" + id.get();
        }
        return form(model, enterpriseId, null);
    }

    @GetMapping("/risk/enterprises/{enterpriseId}/cards/{positionId}/edit")
    String edit(@PathVariable UUID enterpriseId, @PathVariable UUID positionId, Model model) {
        PositionData data = cards.data(enterpriseId, positionId);
        requireEditable(enterpriseId);
        model.addAttribute("form", PositionForm.of(data, cards.version(enterpriseId, positionId)));
        return form(model, enterpriseId, positionId);
    }

    @PostMapping("/risk/enterprises/{enterpriseId}/cards/{positionId}")
    String update(@PathVariable UUID enterpriseId, @PathVariable UUID positionId,
            @ModelAttribute("form") PositionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        cards.data(enterpriseId, positionId); // 404 first for records out of scope
        if (FormSubmission.save(binding, () -> cards.update(enterpriseId, positionId, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("notice", "已保存");
            return "redirect:/risk/enterprises/" + enterpriseId + "/cards#position-" + positionId;
        }
        return form(model, enterpriseId, positionId);
    }

    @PostMapping("/risk/enterprises/{enterpriseId}/cards/{positionId}/delete")
    String delete(@PathVariable UUID enterpriseId, @PathVariable UUID positionId, @RequestParam long version,
            RedirectAttributes redirect) {
        cards.data(enterpriseId, positionId);
        try {
            cards.delete(enterpriseId, positionId, version);
            redirect.addFlashAttribute("notice", "已删除");
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/risk/enterprises/" + enterpriseId + "/cards";
    }

    @GetMapping("/risk/enterprises/{enterpriseId}/cards/{positionId}/{kind}")
    String card(@PathVariable UUID enterpriseId, @PathVariable UUID positionId, @PathVariable String kind,
            Model model) {
        if (!KINDS.contains(kind)) {
            throw new NotFoundException("卡片");
        }
        model.addAttribute("card", cards.card(enterpriseId, positionId));
        model.addAttribute("kind", kind);
        model.addAttribute("categories", MeasureCategory.values());
        model.addAttribute("qrTarget", qrTarget(enterpriseId, positionId));
        return "risk/card";
    }

    /** The QR code of the position's risk list page, as an absolute URL built from this request (never a parameter). */
    @GetMapping(value = "/risk/enterprises/{enterpriseId}/cards/{positionId}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable UUID enterpriseId, @PathVariable UUID positionId) {
        cards.data(enterpriseId, positionId); // scope: 404 outside
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate())
                .contentType(MediaType.IMAGE_PNG).body(QrCodes.png(qrTarget(enterpriseId, positionId)));
    }

    static String qrTarget(UUID enterpriseId, UUID positionId) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/risk/enterprises/{e}/cards/{p}/risk-list").buildAndExpand(enterpriseId, positionId)
                .toUriString();
    }

    private String form(Model model, UUID enterpriseId, UUID positionId) {
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("enterpriseName", inventory.enterpriseName(enterpriseId));
        model.addAttribute("positionId", positionId);
        model.addAttribute("units", cards.unitChoices(enterpriseId));
        model.addAttribute("action", positionId == null ? "/risk/enterprises/" + enterpriseId + "/cards"
                : "/risk/enterprises/" + enterpriseId + "/cards/" + positionId);
        return "risk/position-form";
    }

    private void requireEditable(UUID enterpriseId) {
        inventory.enterpriseName(enterpriseId);
        if (!cards.canEdit(enterpriseId)) {
            throw new AccessDeniedException("只有本企业的主要负责人和安全管理人员可以维护岗位");
        }
    }
}
