package org.zhiben.common.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;

/**
 * Text fits its column, checked once at the edge: every page form object and every JSON body of the platform is
 * validated against its constraints ({@code @Size(max = …)} on each {@code String}, the column's length) whether or
 * not the controller asks for it. A form gets the message beside the field ("不能超过2000字(现有5000字)"), a JSON
 * body a 400 problem naming the field. {@code TextLimitsTest} checks that every text field of every form and body
 * has its limit and that the limit fits the column.
 */
@Configuration(proxyBeanMethods = false)
class TextLimits {

    private static final String DEFAULT_SIZE_MESSAGE = "{jakarta.validation.constraints.Size.message}";

    /** The message for text longer than {@code max}. */
    static String tooLong(int max, int length) {
        return "不能超过" + max + "字(现有" + length + "字)";
    }

    /** Each broken constraint of {@code target} (a form, a body, or a list of them) with the path of its field. */
    static List<Violation> check(Validator validator, Object target) {
        List<Violation> found = new ArrayList<>();
        if (target instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                for (Violation v : check(validator, item)) {
                    found.add(new Violation("[" + i + "]" + (v.field().isEmpty() || v.field().startsWith("[") ? ""
                            : ".") + v.field(), v.message(), v.value()));
                }
                i++;
            }
            return found;
        }
        if (target == null || !target.getClass().getName().startsWith("org.zhiben.")) {
            return found;
        }
        for (ConstraintViolation<Object> c : validator.validate(target)) {
            String field = c.getPropertyPath().toString().replaceAll("\\.?<[^>]+>", "");
            Object value = c.getInvalidValue();
            // a limit with its own words (a code of fixed length) says them, any other the length it allows
            String message = c.getConstraintDescriptor().getAnnotation() instanceof Size size
                    && size.message().equals(DEFAULT_SIZE_MESSAGE) && value instanceof CharSequence text
                    ? tooLong(size.max(), text.length()) : c.getMessage();
            found.add(new Violation(field, message, value));
        }
        found.sort(java.util.Comparator.comparing(Violation::field));
        return found;
    }

    record Violation(String field, String message, Object value) {
    }

    /** Page forms ({@code @ModelAttribute}, declared or implied): the limits are checked after binding. */
    @Bean
    static BeanPostProcessor textLimitsOnForms(ObjectProvider<Validator> validator) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
                    List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
                    for (HandlerMethodArgumentResolver r : adapter.getArgumentResolvers()) {
                        resolvers.add(r.getClass() == ServletModelAttributeMethodProcessor.class
                                ? new LimitedForms(r.supportsParameter(UNANNOTATED), validator) : r);
                    }
                    adapter.setArgumentResolvers(resolvers);
                }
                return bean;
            }
        };
    }

    /** A parameter without annotations: taken by the catch-all model attribute processor only. */
    private static final MethodParameter UNANNOTATED;

    static {
        try {
            Method sample = TextLimits.class.getDeclaredMethod("sample", TextLimits.class);
            UNANNOTATED = new MethodParameter(sample, 0);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unused")
    private static void sample(TextLimits form) {
    }

    static final class LimitedForms extends ServletModelAttributeMethodProcessor {

        private final ObjectProvider<Validator> validator;

        LimitedForms(boolean annotationNotRequired, ObjectProvider<Validator> validator) {
            super(annotationNotRequired);
            this.validator = validator;
        }

        @Override
        protected void validateIfApplicable(WebDataBinder binder, MethodParameter parameter) {
            super.validateIfApplicable(binder, parameter);
            Object target = binder.getTarget();
            if (target == null) {
                return;
            }
            BindingResult result = binder.getBindingResult();
            for (Violation v : check(validator.getObject(), target)) {
                if (result.getFieldErrorCount(v.field()) == 0) {
                    result.addError(new FieldError(result.getObjectName(), v.field(), v.value(), false, null, null,
                            v.message()));
                }
            }
        }
    }

    /** JSON bodies: a body that breaks a limit is a 400 problem naming the field. */
    @ControllerAdvice
    static class LimitedBodies extends RequestBodyAdviceAdapter {

        private final ObjectProvider<Validator> validator;

        LimitedBodies(ObjectProvider<Validator> validator) {
            this.validator = validator;
        }

        @Override
        public boolean supports(MethodParameter methodParameter, java.lang.reflect.Type targetType,
                Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                java.lang.reflect.Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
            List<Violation> found = check(validator.getObject(), body);
            if (!found.isEmpty()) {
                throw new InvalidInputException(found.stream().map(v -> new FieldViolation(v.field(), v.message()))
                        .toList());
            }
            return body;
        }
    }
}
