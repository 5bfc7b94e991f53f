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

/** Scope and filters as index-friendly predicates: region as a code range, sectors as an EXISTS. */
public final class EnterpriseSpecifications {

    private EnterpriseSpecifications() {
    }

    public static Specification<Enterprise> inScope(DataScope scope) {
        return (root, query, cb) -> switch (scope.kind()) {
            case ALL -> cb.conjunction();
            case NONE -> cb.disjunction();
            case ENTERPRISE -> cb.equal(root.get("id"), scope.enterpriseId());
            case JURISDICTION -> {
                Predicate region = cb.between(root.get("regionCode"), scope.regionLow(), scope.regionHigh());
                yield scope.sectorLimited() ? cb.and(region, hasSector(root, query, cb, scope.sectors())) : region;
            }
        };
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
            if (f.q() != null && !f.q().isBlank()) {
                String q = f.q().strip();
                p.add(cb.or(cb.like(root.get("name"), "%" + escape(q) + "%", '\\'),
                        cb.like(root.get("uscc"), escape(q.toUpperCase()) + "%", '\\')));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
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
