package org.zhiben.enforcement.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhiben.enforcement.EnforcementDirectory;
import org.zhiben.enforcement.Inspections;

/**
 * Every enforcement page knows whether its reader may act ({@code enforcer}), so forms nobody could send stay hidden.
 */
@ControllerAdvice(basePackageClasses = EnforcerAdvice.class)
class EnforcerAdvice {

    @ModelAttribute("enforcer")
    boolean enforcer() {
        return EnforcementDirectory.mayEnforce();
    }

    /** A form only an enforcer can send is not shown to anybody else (403 before they fill it in). */
    static void require() {
        if (!EnforcementDirectory.mayEnforce()) {
            throw new AccessDeniedException(Inspections.NOT_AN_OFFICER);
        }
    }
}
