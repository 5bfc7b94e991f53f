package org.zhiben.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The sectors (行业领域 codes) a record counts under. Stored in one column as {@code ,03,04,} — sorted, with a comma at
 * both ends — so a record is in sector 03 exactly when the column is like {@code %,03,%}. {@link #anyOf} is that
 * condition in SQL; {@link Jpa} maps the column for entities.
 */
public final class SectorSet {

    public static final SectorSet EMPTY = new SectorSet(new TreeSet<>());

    private final SortedSet<String> codes;

    private SectorSet(SortedSet<String> codes) {
        this.codes = Collections.unmodifiableSortedSet(codes);
    }

    public static SectorSet of(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return EMPTY;
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String code : codes) {
            if (code == null || code.isBlank() || code.contains(",") || code.contains("%") || code.contains("_")) {
                throw new InvalidInputException("sectors", "行业领域代码无效:" + code);
            }
            sorted.add(code.strip());
        }
        return new SectorSet(sorted);
    }

    public static SectorSet of(String... codes) {
        return of(List.of(codes));
    }

    /** Reads the stored form; null or blank is the empty set. */
    public static SectorSet decode(String column) {
        if (column == null || column.isBlank()) {
            return EMPTY;
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String part : column.split(",")) {
            if (!part.isBlank()) {
                sorted.add(part.strip());
            }
        }
        return new SectorSet(sorted);
    }

    /** The stored form: {@code ,03,04,}, or the empty string for no sector. */
    public String encode() {
        return codes.isEmpty() ? "" : "," + String.join(",", codes) + ",";
    }

    public static String encode(Collection<String> codes) {
        return of(codes).encode();
    }

    /** The pattern a column matches when it holds {@code code}. */
    public static String pattern(String code) {
        return "%," + code + ",%";
    }

    /** The column holds at least one of {@code codes} (none given: false). */
    public static SqlFragment anyOf(String column, Collection<String> codes) {
        List<SqlFragment> parts = new ArrayList<>();
        for (String code : new TreeSet<>(codes)) {
            parts.add(SqlFragment.of(column + " like ?", pattern(code)));
        }
        return SqlFragment.anyOf(parts);
    }

    public SortedSet<String> codes() {
        return codes;
    }

    public boolean isEmpty() {
        return codes.isEmpty();
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SectorSet s && s.codes.equals(codes);
    }

    @Override
    public int hashCode() {
        return codes.hashCode();
    }

    @Override
    public String toString() {
        return codes.toString();
    }

    /** Maps a {@code SectorSet} attribute to its column; applied to every such attribute. */
    @Converter(autoApply = true)
    public static class Jpa implements AttributeConverter<SectorSet, String> {

        @Override
        public String convertToDatabaseColumn(SectorSet set) {
            return set == null ? "" : set.encode();
        }

        @Override
        public SectorSet convertToEntityAttribute(String column) {
            return decode(column);
        }
    }
}
