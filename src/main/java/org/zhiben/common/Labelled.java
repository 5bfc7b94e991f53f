package org.zhiben.common;

/**
 * A value with a Chinese label: the label of record, as today's pages, APIs, documents, audit texts and exports show
 * it. {@link #text()} is the same label in the language of the current page: {@code ?lang=en} shows the English text
 * kept in the module's {@code i18n/<module>_en.properties} under {@link #labelKey()}; Chinese, or a text not
 * translated, is {@link #label()} itself. Templates print {@code ${x.text()}}; APIs, documents and stored texts keep
 * {@code label()}.
 */
public interface Labelled {

    /** The Chinese label (the default language, and what APIs and documents carry). */
    String label();

    /**
     * The message key of the translations: {@code enum.<package below org.zhiben>.<Type>.<CONSTANT>} for an enum (a
     * nested type keeps its enclosing type: {@code enum.accident.ReportingClock.Status.OVERDUE}); other
     * implementations name their own key, or none (then {@link #text()} is the label).
     */
    default String labelKey() {
        return this instanceof Enum<?> e ? Labels.enumKey(e) : null;
    }

    /** The label in the current request's language, {@link #label()} when there is no translation. */
    default String text() {
        String key = labelKey();
        return key == null ? label() : Labels.text(key, label());
    }
}
