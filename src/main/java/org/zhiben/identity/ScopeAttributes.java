package org.zhiben.identity;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Collection;
import java.util.TreeSet;
import org.zhiben.common.SectorSet;

/**
 * The JPA counterpart of {@link ScopeColumns}: the attribute names an entity keeps the enterprise id, region code
 * and sectors under. {@link #standard()} fits every {@code ScopedRecord}.
 */
public record ScopeAttributes(String enterpriseId, String regionCode, SectorCondition sectors) {

    /** How an entity answers: holds at least one of these sector codes. */
    @FunctionalInterface
    public interface SectorCondition {
        Predicate anyOf(Root<?> root, CriteriaQuery<?> query, CriteriaBuilder cb, Collection<String> codes);
    }

    /** {@code enterpriseId}, {@code regionCode} and a {@link SectorSet} attribute {@code sectors}. */
    public static ScopeAttributes standard() {
        return new ScopeAttributes("enterpriseId", "regionCode", encoded("sectors"));
    }

    /** A {@link SectorSet} attribute, stored as {@code ,03,04,}. */
    public static SectorCondition encoded(String attribute) {
        return (root, query, cb, codes) -> cb.or(new TreeSet<>(codes).stream()
                .map(code -> cb.like(root.get(attribute).as(String.class), SectorSet.pattern(code)))
                .toArray(Predicate[]::new));
    }

    /** A collection of codes (an element collection), asked through an EXISTS so rows are not multiplied. */
    public static SectorCondition collection(String idAttribute, String attribute) {
        return (root, query, cb, codes) -> {
            Subquery<Object> sub = query.subquery(Object.class);
            Root<?> same = sub.from(root.getJavaType());
            sub.select(same.get(idAttribute)).where(cb.equal(same.get(idAttribute), root.get(idAttribute)),
                    same.join(attribute).in(codes));
            return cb.exists(sub);
        };
    }
}
