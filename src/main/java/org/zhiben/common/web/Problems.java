package org.zhiben.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InputRules;
import org.zhiben.common.DatabaseOutage;
import org.zhiben.common.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * One Chinese wording for every error status and for the exceptions Spring MVC and Jackson raise on bad requests,
 * shared by the API's problem details, the error pages and the {@code /error} controller.
 */
final class Problems {

    private Problems() {
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "输入有误";
            case 401 -> "未认证";
            case 403 -> "无权限";
            case 404 -> "未找到";
            case 405 -> "不支持的请求方式";
            case 406 -> "无法提供所请求的格式";
            case 409 -> "版本冲突";
            case 413 -> "文件过大";
            case 415 -> "不支持的内容类型";
            case 422 -> "无法处理的请求";
            case 429 -> "请求过于频繁";
            case 503 -> "服务暂不可用";
            default -> status >= 500 ? "系统错误" : "请求无效";
        };
    }

    static String defaultDetail(int status) {
        return switch (status) {
            case 400 -> "请求的内容或地址格式不正确,请检查后重试。";
            case 401 -> "需要登录或有效的API令牌。";
            case 403 -> "您的角色无权执行此操作。如需权限,请联系管理员。";
            case 404 -> "页面或记录不存在,或不在您的权限范围内。";
            case 405 -> "该地址不支持此请求方式。";
            case 406 -> "无法以所请求的格式提供内容。";
            case 413 -> "上传的文件超过允许的大小(50MB),请压缩或拆分后重试。";
            case 415 -> "不支持此内容类型。";
            case 503 -> "服务暂时不可用,请稍后重试。";
            default -> status >= 500 ? "处理请求时出错,请稍后重试;问题持续时请联系管理员。" : "请求无效。";
        };
    }

    /** The status a bad request (or a database outage: 503) is answered with, or 0 when the exception is not one of those. */
    static int status(Throwable e) {
        if (DatabaseOutage.causedBy(e)) {
            return 503;
        }
        if (e instanceof InvalidInputException || e instanceof IllegalArgumentException
                || e instanceof TypeMismatchException || e instanceof MissingRequestValueException
                || e instanceof MissingServletRequestParameterException || e instanceof HttpMessageNotReadableException
                || e instanceof MissingServletRequestPartException || e instanceof BindException) {
            return 400;
        }
        if (e instanceof MaxUploadSizeExceededException || tooLarge(e)) {
            return 413;
        }
        if (e instanceof MultipartException) {
            return notMultipart(e) ? 415 : 400;
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return 415;
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return 406;
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return 405;
        }
        return 0;
    }

    /** An upload endpoint sent something other than a multipart form (a JSON body, say). */
    static boolean notMultipart(Throwable e) {
        return e instanceof MultipartException && e.getMessage() != null
                && e.getMessage().contains("not a multipart request");
    }

    /** Whether the container refused a multipart request for its size (Tomcat's size limit exceptions). */
    static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException
                    || t.getClass().getName().contains("SizeLimitExceeded")
                    || t.getClass().getName().contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    /** What was wrong, in Chinese, for the exceptions of {@link #status}; null for others. */
    static String detail(Throwable e) {
        if (DatabaseOutage.causedBy(e)) {
            return DatabaseOutage.MESSAGE;
        }
        InvalidInputException rule = find(e, InvalidInputException.class);
        if (rule != null) {
            return rule.getMessage();
        }
        if (e instanceof MethodArgumentTypeMismatchException m) {
            String own = ownMessage(m);
            return own != null ? own : "参数“" + m.getName() + "”的格式不正确";
        }
        if (e instanceof TypeMismatchException m) {
            String own = ownMessage(m);
            return own != null ? own : "参数“" + m.getPropertyName() + "”的格式不正确";
        }
        if (e instanceof MissingServletRequestParameterException m) {
            return "缺少参数“" + m.getParameterName() + "”";
        }
        if (e instanceof MissingServletRequestPartException m) {
            return "缺少上传内容“" + m.getRequestPartName() + "”";
        }
        if (e instanceof HttpMessageNotReadableException) {
            JacksonException json = find(e, JacksonException.class);
            String path = json == null ? "" : path(json);
            if (find(e, InvalidNullException.class) != null) {
                return "字段“" + path + "”不能含有空值(null)";
            }
            MismatchedInputException shape = find(e, MismatchedInputException.class);
            if (path.isEmpty() && shape != null && shape.getTargetType() != null) {
                // well-formed JSON of the wrong shape: a list where an object belongs, a number for the body…
                Class<?> type = shape.getTargetType();
                return type.isArray() || java.util.Collection.class.isAssignableFrom(type) ? "请求体应为JSON数组"
                        : "请求体应为JSON对象";
            }
            return path.isEmpty() ? "请求内容不是有效的JSON,或字段的值无效" : "字段“" + path + "”的值无效";
        }
        if (e instanceof BindException b) {
            FieldError f = b.getFieldError();
            return f == null ? defaultDetail(400) : "“" + f.getField() + "”" + (f.isBindingFailure() ? message(f)
                    : ownOr(f.getDefaultMessage(), "的值无效"));
        }
        if (notMultipart(e)) {
            return "请以 multipart/form-data 表单上传文件";
        }
        if (e instanceof MultipartException && status(e) == 400) {
            return "上传的表单内容无效";
        }
        if (e instanceof HttpMediaTypeNotSupportedException m) {
            return "不支持内容类型 " + m.getContentType() + (m.getSupportedMediaTypes().isEmpty() ? ""
                    : ",请使用 " + String.join("、", m.getSupportedMediaTypes().stream().map(Object::toString).toList()));
        }
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            return "该地址不支持 " + m.getMethod() + " 请求";
        }
        if (e instanceof IllegalArgumentException && chinese(e.getMessage())) {
            return e.getMessage(); // a rule's own words; a library's English message is not shown
        }
        int status = status(e);
        return status == 0 ? null : defaultDetail(status);
    }

    /** The field violations: a rule's own, or the JSON path of an unreadable value. */
    static List<FieldViolation> violations(Throwable e) {
        InvalidInputException rule = find(e, InvalidInputException.class);
        JacksonException json = find(e, JacksonException.class);
        String path = json == null ? "" : path(json);
        if (rule != null) {
            List<FieldViolation> out = new ArrayList<>();
            for (FieldViolation v : rule.violations()) {
                out.add(v.field() == null || v.field().isEmpty() ? new FieldViolation(path, v.message()) : v);
            }
            return out;
        }
        if (e instanceof MethodArgumentTypeMismatchException m) {
            return List.of(new FieldViolation(m.getName(), detail(e)));
        }
        if (e instanceof MissingServletRequestParameterException m) {
            return List.of(new FieldViolation(m.getParameterName(), detail(e)));
        }
        if (!path.isEmpty()) {
            return List.of(new FieldViolation(path, detail(e)));
        }
        if (find(e, MismatchedInputException.class) != null && e instanceof HttpMessageNotReadableException) {
            return List.of(new FieldViolation("body", detail(e)));
        }
        return List.of();
    }

    private static final Set<String> OWN_PREFIXES = Set.of(InputRules.CONTROL_CHARACTER, "日期");

    /** A message of ours (control character, date window) behind a conversion failure. */
    static String ownMessage(Throwable m) {
        for (Throwable t = m.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            String msg = t.getMessage();
            if (msg != null && OWN_PREFIXES.stream().anyMatch(msg::startsWith)) {
                return msg;
            }
        }
        return null;
    }

    /**
     * A field error in the caller's words: a rule's own message, or for a value that could not be converted (a
     * binding failure, whose default message is Spring's English) what the field takes.
     */
    static String message(FieldError f) {
        if (!f.isBindingFailure()) {
            return f.getDefaultMessage();
        }
        TypeMismatchException mismatch = f.contains(TypeMismatchException.class)
                ? f.unwrap(TypeMismatchException.class) : null;
        String own = ownOr(f.getDefaultMessage(), mismatch == null ? null : ownMessage(mismatch));
        if (own != null) {
            return own;
        }
        Class<?> type = mismatch == null ? null : mismatch.getRequiredType();
        if (type != null && type.isEnum()) {
            return "应为 " + String.join("、", java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).toList()) + " 之一";
        }
        return "格式不正确";
    }

    private static String ownOr(String message, String fallback) {
        return message != null && OWN_PREFIXES.stream().anyMatch(message::startsWith) ? message : fallback;
    }

    static boolean chinese(String message) {
        return message != null && message.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static HttpStatus resolve(int status) {
        HttpStatus s = HttpStatus.resolve(status);
        return s == null ? HttpStatus.INTERNAL_SERVER_ERROR : s;
    }
}
