package org.zhiben.directory;

import java.util.Arrays;
import java.util.Optional;

/** A registry enumeration with the Chinese label used in spreadsheets and on paper (and its translations, see
 * {@link org.zhiben.common.Labelled}). */
public interface Labelled extends org.zhiben.common.Labelled {

    /** The constant whose label or name is {@code text}. */
    static <E extends Enum<E> & Labelled> Optional<E> fromLabel(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.label().equals(text) || e.name().equals(text))
                .findFirst();
    }
}
