package org.zhiben.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhiben.identity.CurrentUser;

/** Every page gets the signed-in user as {@code me}, for the role-based navigation. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    @ModelAttribute("me")
    CurrentUser me(@AuthenticationPrincipal CurrentUser me) {
        return me;
    }
}
