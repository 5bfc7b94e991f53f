package org.zhiben.common.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.zhiben.common.DatabaseOutage;
import org.zhiben.common.Refusals;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /error}, in place of Spring Boot's Whitelabel controller: what the container forwards to after
 * {@code sendError} (security's 403, Spring MVC's 404/405 before any controller is chosen, an upload refused by
 * Tomcat, an exception nothing handled). API addresses get a Chinese problem, pages {@link ErrorView}. Opened
 * directly (no error to report) it is a 404, never a 500.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final ObjectMapper json;
    private final ErrorAttributes errors;

    ErrorPages(ObjectMapper json, ErrorAttributes errors) {
        this.json = json;
        this.errors = errors;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // the exception behind a sendError (recorded by Boot's error attributes), or one nothing handled
        Throwable exception = errors.getError(new ServletWebRequest(request));
        int status = code instanceof Integer i && i >= 400 ? i : 404;
        String detail = null;
        if (exception != null && Problems.status(exception) != 0) {
            status = Problems.status(exception);
            detail = Problems.detail(exception);
        }
        Object denied = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
        if (status == 403 && denied instanceof CsrfException) {
            // not a matter of role: the form's token is missing or stale (an old tab, a page kept open)
            detail = "表单已失效(页面停留过久或已在别处退出),请返回刷新页面后重试。";
        } else if (status == 403 && denied instanceof AccessDeniedException refused) {
            detail = Refusals.message(refused);
        }
        if (status == 413 && exception != null) { // a refusal UploadLimitFilter caught has been logged there
            LOG.warn("Upload refused as too large: {} {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    exception == null ? "" : exception.getMessage());
        }
        if (status == 503) {
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(Math.min(uri.toString().length(),
                request.getContextPath().length()));
        if (path.startsWith("/api/") || wantsJson(request)) {
            UnmappedRequests.writeProblem(json, response, status, detail);
            return null;
        }
        return ErrorView.of(status, detail, request, response);
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html")
                && (accept.contains("application/json") || accept.contains("+json"));
    }
}
