package org.zhiben.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one error page ({@code templates/error/page.html}): inside the layout (with the signed-in user's navigation),
 * a Chinese heading and explanation for the status, and a way back — the previous page of this site when the
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
        mav.addObject("heading", Problems.title(status));
        mav.addObject("detail", detail == null || detail.isBlank() ? Problems.defaultDetail(status) : detail);
        mav.addObject("back", back(request));
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof UserDetails user) {
            mav.addObject("me", user); // the layout's navigation; an exception handler's model has no advice attributes
        }
        return mav;
    }

    /** The page the user came from, if it is a page of this site other than the failing one. */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || (uri.getScheme() != null && !uri.getScheme().startsWith("http"))) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (!path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            Object failing = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
            String current = failing != null ? failing.toString() : request.getRequestURI();
            if (path.equals(current) || path.startsWith(request.getContextPath() + "/login")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
