package org.zhiben.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.servlet.ModelAndView;
import org.zhiben.common.Labels;
import org.zhiben.common.SitePages;

/**
 * The one error page ({@code templates/error/page.html}): inside the layout (with the signed-in user's navigation),
 * a heading and explanation for the status (Chinese; in English on an English page), and a way back — the previous page of this site when the
 * browser sent one, and the home page.
 */
final class ErrorView {

    private ErrorView() {
    }

    static ModelAndView of(int status, String detail, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView mav = new ModelAndView("error/page");
        mav.setStatus(Problems.resolve(status));
        mav.addObject("status", status);
        mav.addObject("heading", Labels.text("error.title." + key(status), Problems.title(status)));
        mav.addObject("detail", detail(status, detail));
        mav.addObject("back", back(request));
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof UserDetails user) {
            mav.addObject("me", user); // the layout's navigation; an exception handler's model has no advice attributes
        }
        return mav;
    }

    /** The status's key in {@code error.title.*} and {@code error.detail.*}: its number, or 4xx/5xx for the rest. */
    private static String key(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429, 503 -> String.valueOf(status);
            default -> status >= 500 ? "5xx" : "4xx";
        };
    }

    /**
     * The explanation: the one given, else the status's own. On a page in another language a Chinese explanation
     * (the messages of the domain are Chinese) gives way to the status's explanation in that language.
     */
    private static String detail(int status, String detail) {
        String fallback = Problems.defaultDetail(status);
        boolean none = detail == null || detail.isBlank();
        if (Labels.foreign() && (none || Problems.chinese(detail))) {
            String translated = Labels.text("error.detail." + key(status), null);
            if (translated != null) {
                return translated;
            }
        }
        return none ? fallback : detail;
    }

    /** The page the user came from, if it is a page of this site other than the failing one. */
    static String back(HttpServletRequest request) {
        Object failing = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String current = failing != null ? failing.toString() : request.getRequestURI();
        return SitePages.of(request, request.getHeader("Referer"))
                .filter(uri -> !SitePages.path(uri).equals(current))
                .map(uri -> SitePages.path(uri) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                .orElse(null);
    }
}
