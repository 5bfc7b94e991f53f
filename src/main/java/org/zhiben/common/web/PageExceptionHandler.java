package org.zhiben.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
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
