package org.zhiben.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.ObjectMapper;

/**
 * Requests no controller method takes — a wrong method, a JSON body sent to an upload, an address that does not
 * exist — fail before any controller is chosen, so neither the API's nor the pages' handler sees them. Answered
 * here alike for every address: a Chinese problem for {@code /api/}, the error page otherwise.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmappedRequests {

    private final ObjectMapper json;

    UnmappedRequests(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class, NoResourceFoundException.class})
    ModelAndView unmapped(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = e instanceof NoResourceFoundException ? 404 : Problems.status(e);
        String detail = e instanceof NoResourceFoundException ? null : Problems.detail(e);
        if (e instanceof HttpRequestMethodNotSupportedException m && m.getSupportedHttpMethods() != null) {
            response.setHeader(HttpHeaders.ALLOW, String.join(", ",
                    m.getSupportedHttpMethods().stream().map(Object::toString).toList()));
        }
        if (e instanceof HttpMediaTypeNotSupportedException m && !m.getSupportedMediaTypes().isEmpty()) {
            response.setHeader(HttpHeaders.ACCEPT, MediaType.toString(m.getSupportedMediaTypes()));
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            writeProblem(json, response, status, detail);
            return null; // written
        }
        return ErrorView.of(status, detail, request, response);
    }

    static void writeProblem(ObjectMapper json, HttpServletResponse response, int status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(Problems.resolve(status),
                detail != null ? detail : Problems.defaultDetail(status));
        problem.setTitle(Problems.title(status));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
