package org.zhiben.risk.web;

import java.util.UUID;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.risk.RiskInventory;

/** Shared handling of the inventory forms: field errors beside fields, the stale-version message on top. */
final class Forms {

    private Forms() {
    }

    /** Runs a save; on invalid input or a stale version records the errors and answers false. */
    static boolean save(BindingResult binding, Runnable action) {
        if (binding.hasErrors()) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            BeanWrapperImpl target = new BeanWrapperImpl(binding.getTarget());
            e.violations().forEach(v -> {
                if (target.isReadableProperty(v.field())) {
                    binding.rejectValue(v.field(), "invalid", v.message());
                } else {
                    binding.reject("invalid", v.message());
                }
            });
        } catch (StaleVersionException e) {
            binding.reject("stale", e.getMessage());
        }
        return false;
    }

    /** Forms to change a record are for those who may change it (the record was read, so in scope: 403). */
    static void requireEditable(RiskInventory inventory, UUID enterpriseId) {
        if (!inventory.canEdit(enterpriseId)) {
            throw new AccessDeniedException("只有本企业的主要负责人和安全管理人员可以维护风险清单");
        }
    }

    /** The message of a failed delete, or null when it succeeded. */
    static String tryDelete(Runnable delete) {
        try {
            delete.run();
            return null;
        } catch (InvalidInputException | StaleVersionException e) {
            return e.getMessage();
        }
    }
}
