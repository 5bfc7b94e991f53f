package org.zhiben.common.web;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.StaleVersionException;

/** RFC 9457 problem details for every API error, with an {@code errors} list of field violations. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage());
    }

    @ExceptionHandler({StaleVersionException.class, ObjectOptimisticLockingFailureException.class})
    ProblemDetail stale(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "版本冲突", new StaleVersionException().getMessage());
    }

    @ExceptionHandler(IdempotentCreates.DuplicateRequestException.class)
    ProblemDetail duplicateRequest(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "重复请求", e.getMessage());
    }

    @ExceptionHandler(IdempotentCreates.KeyReusedException.class)
    ProblemDetail keyReused(RuntimeException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key 已被使用", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "输入有误", e.getMessage()), e.violations());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "输入有误", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldViolation(f.getField(), Problems.message(f))).toList();
        ProblemDetail body = withErrors(problem(HttpStatus.BAD_REQUEST, "输入有误",
                violations.isEmpty() ? "请求内容无效" : violations.get(0).message()), violations);
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldViolation(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(withErrors(problem(HttpStatus.BAD_REQUEST, "输入有误",
                violations.isEmpty() ? "请求参数无效" : violations.get(0).message()), violations));
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
        int status = Problems.status(e);
        if (status == 413) {
            LOG.warn("Upload refused as too large: {}", e.getMessage());
        }
        return problem(Problems.resolve(status), Problems.title(status), Problems.detail(e));
    }

    /** Every exception Spring MVC answers itself (unreadable body, wrong type, method, media type…): in Chinese. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        int status = statusCode.value();
        if (status == 413) {
            LOG.warn("Upload refused as too large: {}", ex.getMessage());
        }
        if (body == null || body instanceof ProblemDetail) {
            String detail = Problems.detail(ex);
            ProblemDetail problem = problem(Problems.resolve(status), Problems.title(status),
                    detail != null ? detail : Problems.defaultDetail(status));
            List<FieldViolation> violations = Problems.violations(ex);
            if (!violations.isEmpty() || status == 400) {
                withErrors(problem, violations);
            }
            body = problem;
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<FieldViolation> violations) {
        problem.setProperty("errors", violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message() == null ? "" : v.message())).toList());
        return problem;
    }
}
