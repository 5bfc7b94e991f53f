package org.zhiben.risk.internal;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.risk.RiskInventory;

/** Shared handling of the inventory forms: field errors beside fields, the stale-version message on top. */
public final class Forms {

    private Forms() {
    }

    /** Runs a save; see {@link FormSubmission#save}. */
    public static boolean save(BindingResult binding, Runnable action) {
        return FormSubmission.save(binding, action);
    }

    /** Forms to change a record are for those who may change it (the record was read, so in scope: 403). */
    public static void requireEditable(RiskInventory inventory, UUID enterpriseId) {
        if (!inventory.canEdit(enterpriseId)) {
            throw new AccessDeniedException("只有本企业的主要负责人和安全管理人员可以维护风险清单");
        }
    }

    /** The message of a failed delete, or null when it succeeded. */
    public static String tryDelete(Runnable delete) {
        try {
            delete.run();
            return null;
        } catch (InvalidInputException | StaleVersionException e) {
            return e.getMessage();
        }
    }
}
