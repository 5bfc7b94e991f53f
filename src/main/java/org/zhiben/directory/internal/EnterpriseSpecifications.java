package org.zhiben.directory.internal;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;
import org.zhiben.common.RegionCode;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.ScopeAttributes;
import org.zhiben.identity.ScopeColumns;
import org.zhiben.common.SqlFragment;

/** Scope (through the kernel) and filters as index-friendly predicates: region as a code range, sectors as an EXISTS. */
public final class EnterpriseSpecifications {

    private EnterpriseSpecifications() {
    }

    /** The enterprise entity's scope attributes: its own id, and sectors as an element collection. */
    private static final ScopeAttributes SCOPE = new ScopeAttributes("id", "regionCode",
            ScopeAttributes.collection("id", "sectors"));

    /** The enterprise table (alias {@code e}) for the scope's SQL face: its own id, sectors in the sector rows. */
    public static ScopeColumns scopeColumns(String e) {
        return scopeColumns(e + ".id", e + ".region_code");
    }

    /** Any table with an enterprise id and region code column: its sectors are the registry's sector rows. */
    public static ScopeColumns scopeColumns(String enterpriseIdColumn, String regionCodeColumn) {
        return new ScopeColumns(enterpriseIdColumn, regionCodeColumn, codes -> new SqlFragment(
                "exists (select 1 from directory_enterprise_sector es where es.enterprise_id = " + enterpriseIdColumn
                        + " and es.sector_code in (" + String.join(", ", codes.stream().map(c -> "?").toList()) + "))",
                List.copyOf(new java.util.TreeSet<>(codes))));
    }

    public static Specification<Enterprise> inScope(DataScope scope) {
        return scope.specification(SCOPE);
    }

    public static Specification<Enterprise> matching(EnterpriseFilter f) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (f.region() != null) {
                RegionCode region = RegionCode.of(f.region());
                p.add(cb.between(root.get("regionCode"), region.rangeLow(), region.rangeHigh()));
            }
            if (f.sector() != null) {
                p.add(hasSector(root, query, cb, List.of(f.sector())));
            }
            if (f.unitType() != null) {
                p.add(cb.equal(root.get("unitType"), f.unitType()));
            }
            if (f.highRisk() != null) {
                p.add(cb.equal(root.get("highRisk"), f.highRisk()));
            }
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.coverage() != null) {
                p.add(coverage(f.coverage()).toPredicate(root, query, cb));
            }
            if (f.q() != null && !f.q().isBlank()) {
                String q = f.q().strip();
                p.add(cb.or(cb.like(root.get("name"), "%" + escape(q) + "%", '\\'),
                        cb.like(root.get("uscc"), escape(q.toUpperCase()) + "%", '\\')));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    /** The enterprises a 标准化 coverage figure counts (the one condition of the count and of the list). */
    public static Specification<Enterprise> coverage(EnterpriseFilter.Coverage coverage) {
        return (root, query, cb) -> {
            Predicate above = cb.and(cb.equal(root.get("scale"), org.zhiben.directory.EnterpriseScale.ABOVE),
                    cb.notEqual(root.get("status"), org.zhiben.directory.EnterpriseStatus.CLOSED));
            return coverage == EnterpriseFilter.Coverage.ABOVE_SCALE ? above
                    : cb.and(above, root.get("standardizationGrade").in(
                            org.zhiben.directory.StandardizationGrade.GRADE_1,
                            org.zhiben.directory.StandardizationGrade.GRADE_2,
                            org.zhiben.directory.StandardizationGrade.GRADE_3));
        };
    }

    /** Enterprises placed in {@code low..high} having any of {@code sectors} (none: any sector). */
    public static Specification<Enterprise> within(String low, String high, Collection<String> sectors) {
        return (root, query, cb) -> sectors.isEmpty() ? cb.between(root.get("regionCode"), low, high)
                : cb.and(cb.between(root.get("regionCode"), low, high), hasSector(root, query, cb, sectors));
    }

    public static Specification<Enterprise> idAfter(UUID id) {
        return (root, query, cb) -> id == null ? cb.conjunction() : cb.greaterThan(root.get("id"), id);
    }

    private static Predicate hasSector(Root<Enterprise> root, CriteriaQuery<?> query, CriteriaBuilder cb,
            Collection<String> codes) {
        Subquery<UUID> sub = query.subquery(UUID.class);
        Root<Enterprise> e = sub.from(Enterprise.class);
        sub.select(e.get("id")).where(cb.equal(e.get("id"), root.get("id")), e.join("sectors").in(codes));
        return cb.exists(sub);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
