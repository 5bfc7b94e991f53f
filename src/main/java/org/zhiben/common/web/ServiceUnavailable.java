package org.zhiben.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.ObjectMapper;

/**
 * A 503 written by a filter, for the moments when neither the database nor the templates can be counted on (start-up,
 * a database outage): a Chinese problem for the API and JSON clients, otherwise a self-contained page that reloads
 * itself after {@code Retry-After}.
 */
final class ServiceUnavailable {

    private ServiceUnavailable() {
    }

    /** @param heading the page's heading and title; {@code detail} goes into the problem and the page */
    static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response, int retryAfterSeconds,
            String heading, String detail, String pageNote) throws IOException {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String accept = request.getHeader("Accept");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || accept != null && !accept.contains("text/html") && accept.contains("json")) {
            UnmappedRequests.writeProblem(json, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, detail);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                <!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="%d"><title>%s - 治本</title></head>
                <body style="font-family:sans-serif;text-align:center;padding:3rem 1rem">
                <h1 style="font-size:1.4rem">%s</h1>
                <p>%s</p><p>%s</p>
                <p><a href="%s/">返回首页</a></p></body></html>"""
                .formatted(retryAfterSeconds, heading, heading, HtmlUtils.htmlEscape(detail), pageNote,
                        HtmlUtils.htmlEscape(request.getContextPath())));
    }
}
