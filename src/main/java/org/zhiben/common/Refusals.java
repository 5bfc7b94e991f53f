package org.zhiben.common;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** What a 403 tells the user, on the API and on the error page alike. */
public final class Refusals {

    public static final String GENERIC = "您的角色无权执行此操作";

    private Refusals() {
    }

    /**
     * A module's refusal says why in Chinese ("该任务须由主要负责人本人完成"); the framework's own denials (URL and
     * method rules, "Access Denied") get the generic answer.
     */
    public static String message(AccessDeniedException e) {
        String message = e.getMessage();
        boolean said = !(e instanceof AuthorizationDeniedException) && message != null
                && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return said ? message : GENERIC;
    }
}
