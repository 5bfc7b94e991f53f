package org.zhiben.common.web;

import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link InputRules} at every edge where input becomes values, so no module has to:
 * <ul>
 * <li>JSON bodies: every {@code String} (fields, list elements) is refused if it holds a control character, and
 * every date or timestamp outside the date window; the API answers 400 with the JSON path as the field
 * ({@code ApiExceptionHandler}).</li>
 * <li>JSON lists and sets hold no null element.</li>
 * <li>Request parameters, path variables and page forms: a {@code String} with a control character, or a
 * {@code LocalDate} outside the window, is a binding error — the message beside its field on a form
 * ({@code typeMismatch.java.lang.String}, {@code typeMismatch.java.time.LocalDate}), otherwise a 400.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class InputBinding implements WebMvcConfigurer {

    InputBinding(@Value("${zhiben.input.earliest-date:1900-01-01}") LocalDate earliest,
            @Value("${zhiben.input.latest-date:2100-12-31}") LocalDate latest) {
        InputRules.dateWindow(earliest, latest);
    }

    /** Page forms and parameters: ISO dates ({@code yyyy-MM-dd}, as {@code <input type="date">} sends) in the window. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new BoundedDateFormatter());
    }

    /** A JSON list or set never holds null ({@code "sectors":[null]}): refused while reading, a 400. */
    @Bean
    JsonMapperBuilderCustomizer noNullElements() {
        return builder -> {
            for (Class<?> type : List.of(Collection.class, List.class, Set.class, SortedSet.class)) {
                builder.withConfigOverride(type,
                        o -> o.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)));
            }
        };
    }

    /** 14.9 sent for an integer is the client's mistake, not a value to truncate to 14 behind its back: a 400. */
    @Bean
    JsonMapperBuilderCustomizer noFloatsAsIntegers() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    @Bean
    JacksonModule inputRulesModule() {
        SimpleModule module = new SimpleModule("zhiben-input-rules");
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                    BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
                Class<?> type = beanDesc.getBeanClass();
                if (type == String.class || type == LocalDate.class || type == LocalDateTime.class
                        || type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class) {
                    return new Checked(deserializer, type);
                }
                return deserializer;
            }
        });
        return module;
    }

    /** Checks the value its delegate read against {@link InputRules}. */
    static final class Checked extends DelegatingDeserializer {

        private static final Instant FAR_PAST = Instant.parse("-100000-01-01T00:00:00Z");
        private static final Instant FAR_FUTURE = Instant.parse("+100000-01-01T00:00:00Z");

        private final Class<?> type;

        Checked(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            // a number or true where text or a date belongs is a client's mistake, not a value to coerce: 12345 would
            // be stored as a name, -1 as the date 1969-12-31
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                    || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                throw new InvalidInputException("", type == String.class ? "应为文本(带引号的字符串)"
                        : type == LocalDate.class ? "日期应写作文本,如 \"2026-05-31\""
                        : "时间应写作文本,如 \"2026-05-31T08:00:00+08:00\"");
            }
            if (type == LocalDateTime.class && token == JsonToken.VALUE_STRING
                    && p.getString().strip().toUpperCase(java.util.Locale.ROOT).endsWith("Z")) {
                // a local (Beijing) time given in UTC would be read as its wall clock, 8 hours off
                throw new InvalidInputException("", "时间为北京时间,不带时区,如 \"2026-05-31T08:00:00\"");
            }
            return check(super.deserialize(p, ctxt));
        }

        static Object check(Object value) {
            LocalDate date = null;
            if (value instanceof String s) {
                InputRules.checkText("", s);
            } else if (value instanceof LocalDate d) {
                date = d;
            } else if (value instanceof LocalDateTime t) {
                date = t.toLocalDate();
            } else if (value instanceof OffsetDateTime t) {
                date = t.toLocalDate();
            } else if (value instanceof ZonedDateTime t) {
                date = t.toLocalDate();
            } else if (value instanceof Instant i) {
                date = i.isBefore(FAR_PAST) || i.isAfter(FAR_FUTURE) ? LocalDate.MAX
                        : i.atOffset(ZoneOffset.UTC).toLocalDate();
            }
            if (!InputRules.dateAllowed(date)) {
                throw new InvalidInputException("", InputRules.dateWindowMessage());
            }
            return value;
        }
    }

    /** Text with a control character cannot be bound: a type mismatch, so the form shows its message. */
    @ControllerAdvice
    static class TextBinding {

        /** What a field whose value could not be converted takes, in the words of a form. */
        static String takes(PropertyAccessException ex) {
            Class<?> type = ex instanceof org.springframework.beans.TypeMismatchException m ? m.getRequiredType() : null;
            Class<?> boxed = type == null ? null
                    : org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(type);
            if (boxed == Integer.class || boxed == Long.class || boxed == Short.class || boxed == Byte.class) {
                // digits that do not fit are a number too large, not a wrong kind of value
                return ex.getValue() instanceof String text && text.strip().matches("[-+]?\\d+") ? "数值过大"
                        : "应填写整数";
            }
            if (boxed != null && Number.class.isAssignableFrom(boxed)) {
                return "应填写数字";
            }
            if (type != null && java.time.temporal.Temporal.class.isAssignableFrom(type)) {
                return "日期格式不正确";
            }
            return type != null && type.isEnum() ? "取值无效,请从选项中选择" : "格式不正确";
        }

        @InitBinder
        void text(WebDataBinder binder) {
            binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
                @Override
                public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
                    String own = Problems.ownMessage(ex);
                    if (own == null) {
                        // Spring's own default message is English and names Java types; forms that show it (a
                        // banner of the first error) get what the field takes instead, codes and cause kept
                        String field = ex.getPropertyName();
                        Object value = ex.getValue();
                        if (org.springframework.util.ObjectUtils.isArray(value)) {
                            value = org.springframework.util.StringUtils.arrayToCommaDelimitedString(
                                    org.springframework.util.ObjectUtils.toObjectArray(value));
                        }
                        FieldError error = new FieldError(result.getObjectName(), field, value, true,
                                result.resolveMessageCodes(ex.getErrorCode(), field),
                                getArgumentsForBindError(result.getObjectName(), field), takes(ex));
                        error.wrap(ex);
                        result.addError(error);
                        return;
                    }
                    // the rule's own words, beside the field and in the form's banner alike
                    result.addError(new FieldError(result.getObjectName(), ex.getPropertyName(), ex.getValue(), true,
                            null, null, own));
                }
            });
            binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
                @Override
                public void setAsText(String text) {
                    if (InputRules.hasControlCharacter(text)) {
                        throw new IllegalArgumentException(InputRules.CONTROL_CHARACTER);
                    }
                    // a textarea sends its line breaks as CRLF but counts them as one character for maxlength:
                    // stored and measured as the user counted them
                    setValue(text == null ? null : text.replace("\r\n", "\n"));
                }

                @Override
                public String getAsText() {
                    Object value = getValue();
                    return value == null ? "" : value.toString();
                }
            });
        }
    }

    static final class BoundedDateFormatter implements Formatter<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) throws java.text.ParseException {
            if (text == null || text.isBlank()) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new java.text.ParseException("日期格式应为 yyyy-MM-dd", 0);
            }
            if (!InputRules.dateAllowed(date)) {
                throw new IllegalArgumentException(InputRules.dateWindowMessage());
            }
            return date;
        }

        @Override
        public String print(LocalDate date, Locale locale) {
            return date.toString();
        }
    }
}
