package org.zhiben.common;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/** Page forms: a domain rule's message goes beside its field, a stale version on top of the form. */
public final class FormSubmission {

    private FormSubmission() {
    }

    /** Runs a save; on invalid input or a stale version records the errors in {@code binding} and answers false. */
    public static boolean save(BindingResult binding, Runnable action) {
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
        } catch (StaleVersionException | OptimisticLockingFailureException e) {
            // the latter: a concurrent writer found only at commit
            binding.reject("stale", new StaleVersionException().getMessage());
        }
        return false;
    }
}
