package org.zhiben.common;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Looks up the translation of a {@link Labelled} (and of any keyed text with a Chinese default) in the page's
 * language. Outside a request (jobs, e-mails, documents) there is no page language and the Chinese text stands.
 * Available to templates as {@code @labels}: {@code ${@labels.of(x)}} prints any value, a {@link Labelled} in the
 * page's language.
 */
@Component("labels")
public class Labels {

    private static volatile MessageSource messages;

    Labels(MessageSource messageSource) {
        messages = messageSource;
    }

    /** The message {@code key} in the current request's language, {@code chinese} when the language is Chinese, there is
     *  no request, or the key has no translation. */
    public static String text(String key, String chinese) {
        Locale locale = pageLocale();
        MessageSource source = messages;
        if (locale == null || source == null || Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return chinese;
        }
        return source.getMessage(key, null, chinese, locale);
    }

    /** The language of the page being rendered, null outside a request. */
    public static Locale pageLocale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return context == null ? null : context.getLocale();
    }

    /** Whether the page being rendered is in a language other than Chinese. */
    public static boolean foreign() {
        Locale locale = pageLocale();
        return locale != null && !Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }

    static String enumKey(Enum<?> constant) {
        Class<?> type = constant.getDeclaringClass();
        String name = type.getName();
        String relative = name.startsWith("org.zhiben.") ? name.substring("org.zhiben.".length()) : name;
        return "enum." + relative.replace('$', '.') + "." + constant.name();
    }

    /** For templates: the message {@code key} in the page's language, {@code chinese} without a translation. */
    public String message(String key, String chinese) {
        return text(key, chinese);
    }

    /** For templates: the month of a {@code yyyy-MM} key alone ("11月", "Nov"), the key itself if it is none. */
    public String monthOfYear(String yearMonth) {
        try {
            return PeriodLabels.monthOfYear(java.time.YearMonth.parse(yearMonth).getMonthValue());
        } catch (java.time.format.DateTimeParseException notAMonth) {
            return yearMonth;
        }
    }

    /** For templates: a {@link Labelled} in the page's language, anything else as its text, null as empty. */
    public String of(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Labelled l ? l.text() : value.toString();
    }
}
