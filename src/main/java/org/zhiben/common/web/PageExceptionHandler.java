package org.zhiben.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;

/**
 * Error pages for page controllers, all through {@link ErrorView}: 404 for records outside the caller's scope, 400
 * with the rule's message for bad input (a malformed period, an id that is no UUID, a missing parameter), 413 for
 * huge uploads (logged as a warning, no stack trace).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PageExceptionHandler.class);

    /** The filters' names as the lists' labels say them. */
    private static final Map<String, String> FILTER_LABELS = Map.ofEntries(Map.entry("from", "起始日期"),
            Map.entry("to", "截止日期"), Map.entry("date", "日期"), Map.entry("year", "年份"), Map.entry("month", "月份"),
            Map.entry("state", "状态"), Map.entry("status", "状态"), Map.entry("level", "等级"), Map.entry("kind", "类别"),
            Map.entry("type", "类型"), Map.entry("mode", "方式"), Map.entry("channel", "渠道"),
            Map.entry("factor", "因素"), Map.entry("flagged", "标记"), Map.entry("page", "页码"),
            Map.entry("size", "每页条数"), Map.entry("grade", "等级"), Map.entry("counted", "统计口径"));

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return ErrorView.of(404, e.getMessage(), request, response);
    }

    @ExceptionHandler({InvalidInputException.class, IllegalArgumentException.class, TypeMismatchException.class,
        MissingRequestValueException.class, MissingServletRequestParameterException.class,
        MissingServletRequestPartException.class, HttpMessageNotReadableException.class, BindException.class,
        HttpMediaTypeNotSupportedException.class})
    ModelAndView badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return ErrorView.of(Problems.status(e), Problems.detail(e), request, response);
    }

    /**
     * A list's filter in the address that is not of its kind ({@code ?from=abc}, {@code ?state=NOPE}, a year too
     * large), on a page: the same page without that filter, with the message above it, rather than an error page
     * for what is usually a hand-edited or stale link. Anything else (a path variable, a download, a form) stays a
     * 400 with the parameter's message.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView filterMismatch(MethodArgumentTypeMismatchException e, HandlerMethod handler,
            HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        boolean listFilter = "GET".equals(request.getMethod()) && query != null
                && e.getParameter().hasParameterAnnotation(RequestParam.class)
                && handler.getMethod().getReturnType() == String.class
                && !handler.hasMethodAnnotation(ResponseBody.class);
        if (!listFilter) {
            return badRequest(e, request, response);
        }
        String rest = Arrays.stream(query.split("&"))
                .filter(pair -> !e.getName().equals(name(pair)))
                .collect(Collectors.joining("&"));
        String value = String.valueOf(e.getValue());
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        RequestContextUtils.getOutputFlashMap(request).put("error",
                "筛选条件“" + FILTER_LABELS.getOrDefault(e.getName(), e.getName()) + "”的值“" + shown
                        + "”无法识别,已忽略该条件。");
        RedirectView redirect = new RedirectView(request.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
        redirect.setContextRelative(false);
        return new ModelAndView(redirect);
    }

    private static String name(String pair) {
        String raw = pair.split("=", 2)[0];
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    /**
     * A form sent again under the key it was first sent with: changed after a slow first tap, or tapped twice at once.
     * The first one is what was saved; say so instead of a 500.
     */
    @ExceptionHandler({IdempotentCreates.DuplicateRequestException.class, IdempotentCreates.KeyReusedException.class})
    ModelAndView resubmitted(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        return ErrorView.of(409, "这张表单已经提交过,第一次提交的内容已保存,这次没有保存。请到列表中查看;"
                + "如需再新建一条,请重新打开表单填写。", request, response);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ModelAndView invalidParameters(HandlerMethodValidationException e, HttpServletRequest request,
            HttpServletResponse response) {
        String detail = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()).map(err -> err.getDefaultMessage())
                .filter(m -> m != null && !m.isBlank()).findFirst().orElse(null);
        return ErrorView.of(400, detail, request, response);
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView multipart(MultipartException e, HttpServletRequest request, HttpServletResponse response) {
        int status = Problems.status(e);
        if (status == 413) {
            LOG.warn("Upload refused as too large: {} {}", request.getRequestURI(), e.getMessage());
        }
        return ErrorView.of(status, Problems.detail(e), request, response);
    }
}
