package org.zhiben.hazard.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * The action form that was refused for bad input, brought back after the redirect: which action, what was typed and
 * the message for each field (a flash attribute). Every other form on the page asks it and gets null, so it shows its defaults.
 */
public record RefusedForm(String action, Map<String, String> values, Map<String, String> errors)
        implements Serializable {

    static final RefusedForm NONE = new RefusedForm(null, Map.of(), Map.of());

    /** The form of {@code action} as typed, with the messages the binding holds beside its fields. */
    static RefusedForm of(String action, ActionForm typed, BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.merge(e.getField(), e.getDefaultMessage(), (x, y) -> x + ";" + y));
        return new RefusedForm(action, typed.typed(), errors);
    }

    /** What was typed into {@code field} of {@code action}'s form, or null. */
    public String value(String action, String field) {
        return action.equals(this.action) ? values.get(field) : null;
    }

    /** The message for {@code field} of {@code action}'s form, or null. */
    public String error(String action, String field) {
        return action.equals(this.action) ? errors.get(field) : null;
    }
}
