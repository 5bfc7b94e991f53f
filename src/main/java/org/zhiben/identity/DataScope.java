package org.zhiben.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;
import org.zhiben.common.RegionCode;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;

/**
 * What records a user may see. Officials: all codes under their region's prefix (queried as the range
 * {@link #regionLow()}..{@link #regionHigh()}), limited to their department's sectors when it has a sector limit
 * (管行业必须管安全). Enterprise users: their own enterprise. Administrators: everything. Experts: nothing by default
 * (a module that assigns experts to enterprises widens its own queries for them).
 * <p>
 * This record is the one translation of a scope: {@link #sql(ScopeColumns)} for JDBC, {@link #specification} for
 * JPA and {@link #permits} in memory answer alike for every record (a property test draws scopes and records to show
 * it). A region range includes both ends: {@code low <= region_code <= high}.
 */
public record DataScope(Kind kind, RegionCode region, Set<String> sectors, UUID enterpriseId) {

    public enum Kind { ALL, JURISDICTION, ENTERPRISE, NONE }

    public static final DataScope ALL = new DataScope(Kind.ALL, null, Set.of(), null);
    public static final DataScope NONE = new DataScope(Kind.NONE, null, Set.of(), null);

    public DataScope {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }

    public static DataScope jurisdiction(RegionCode region, Set<String> sectorLimit) {
        return new DataScope(Kind.JURISDICTION, region, sectorLimit, null);
    }

    /** An enterprise user's scope; without an enterprise (an account not bound to one) nothing. */
    public static DataScope enterprise(UUID enterpriseId) {
        return enterpriseId == null ? NONE : new DataScope(Kind.ENTERPRISE, null, Set.of(), enterpriseId);
    }

    /** True when only some sectors are visible; {@link #sectors()} then lists them. */
    public boolean sectorLimited() {
        return kind == Kind.JURISDICTION && !sectors.isEmpty();
    }

    public String regionLow() {
        return region.rangeLow();
    }

    public String regionHigh() {
        return region.rangeHigh();
    }

    public boolean coversRegion(String code) {
        return switch (kind) {
            case ALL -> true;
            case JURISDICTION -> region.contains(code);
            default -> false;
        };
    }

    /** A region the user may browse: inside the jurisdiction, or one of its ancestors (to navigate down to it). */
    public boolean canNavigate(RegionCode code) {
        return switch (kind) {
            case ALL -> true;
            case JURISDICTION -> region.contains(code) || code.contains(region);
            default -> false;
        };
    }

    public boolean coversSectors(Collection<String> enterpriseSectors) {
        return !sectorLimited() || enterpriseSectors.stream().anyMatch(sectors::contains);
    }

    /** Whether a scoped record is visible. */
    public boolean permits(ScopedRecord record) {
        return permits(record.getEnterpriseId(), record.getRegionCode(), record.getSectors().codes());
    }

    /** The scope as a where-clause condition over a table's columns. */
    public SqlFragment sql(ScopeColumns columns) {
        return switch (kind) {
            case ALL -> SqlFragment.TRUE;
            case NONE -> SqlFragment.FALSE;
            case ENTERPRISE -> SqlFragment.of(columns.enterpriseId() + " = ?", enterpriseId);
            case JURISDICTION -> {
                SqlFragment inRegion = SqlFragment.of(columns.regionCode() + " >= ? and " + columns.regionCode()
                        + " <= ?", regionLow(), regionHigh());
                yield sectorLimited() ? inRegion.and(columns.sectorsAnyOf(sectors)) : inRegion;
            }
        };
    }

    /** {@link #sql(ScopeColumns)} over the usual columns of a scoped table aliased {@code alias}. */
    public SqlFragment sql(String alias) {
        return sql(ScopeColumns.of(alias));
    }

    /** The scope as a JPA condition over an entity's attributes. */
    public <T> Specification<T> specification(ScopeAttributes attributes) {
        return (root, query, cb) -> switch (kind) {
            case ALL -> cb.conjunction();
            case NONE -> cb.disjunction();
            case ENTERPRISE -> cb.equal(root.get(attributes.enterpriseId()), enterpriseId);
            case JURISDICTION -> {
                var inRegion = cb.between(root.<String>get(attributes.regionCode()), regionLow(), regionHigh());
                yield sectorLimited() ? cb.and(inRegion, attributes.sectors().anyOf(root, query, cb, sectors))
                        : inRegion;
            }
        };
    }

    /**
     * Whether a record that belongs to a region rather than an enterprise (a department's early warning) is visible:
     * inside the jurisdiction or on the way down to it (its ancestors), and, for a sector-limited official, when it
     * names no sector or one of theirs.
     */
    public boolean permitsRegionRecord(String regionCode, Collection<String> recordSectors) {
        return switch (kind) {
            case ALL -> true;
            case JURISDICTION -> RegionCode.isValid(regionCode) && canNavigate(RegionCode.of(regionCode))
                    && (recordSectors.isEmpty() || coversSectors(recordSectors));
            default -> false;
        };
    }

    /**
     * Whether a record that belongs to a region may be changed: inside the jurisdiction (not an ancestor the user only
     * navigates through) and, for a sector-limited official, naming no sector or one of theirs. An administrator
     * changes any; an enterprise user none.
     */
    public boolean governs(String regionCode, Collection<String> recordSectors) {
        return switch (kind) {
            case ALL -> true;
            case JURISDICTION -> coversRegion(regionCode) && (recordSectors.isEmpty() || coversSectors(recordSectors));
            default -> false;
        };
    }

    /**
     * {@link #permitsRegionRecord} as a JPA condition; {@code sectorsAttribute} holds a {@code SectorSet}, or is null
     * for records that name no sector.
     */
    public <T> Specification<T> regionRecords(String regionAttribute, String sectorsAttribute) {
        return (root, query, cb) -> switch (kind) {
            case ALL -> cb.conjunction();
            case ENTERPRISE, NONE -> cb.disjunction();
            case JURISDICTION -> {
                List<String> ancestors = new ArrayList<>();
                for (RegionCode up = region.parent(); up != null; up = up.parent()) {
                    ancestors.add(up.value());
                }
                var inside = cb.between(root.<String>get(regionAttribute), regionLow(), regionHigh());
                var region = ancestors.isEmpty() ? inside : cb.or(inside, root.get(regionAttribute).in(ancestors));
                if (!sectorLimited() || sectorsAttribute == null) {
                    yield region;
                }
                var sectorsPath = root.get(sectorsAttribute);
                yield cb.and(region, cb.or(cb.isNull(sectorsPath),
                        cb.equal(sectorsPath.as(String.class), SectorSet.EMPTY.encode()),
                        ScopeAttributes.encoded(sectorsAttribute).anyOf(root, query, cb, sectors)));
            }
        };
    }

    /** {@link #specification(ScopeAttributes)} for a {@code ScopedRecord} entity. */
    public <T extends ScopedRecord> Specification<T> specification() {
        return specification(ScopeAttributes.standard());
    }

    /** Whether one enterprise's record is visible. */
    public boolean permits(UUID enterprise, String regionCode, Collection<String> enterpriseSectors) {
        return switch (kind) {
            case ALL -> true;
            case JURISDICTION -> coversRegion(regionCode) && coversSectors(enterpriseSectors);
            case ENTERPRISE -> enterpriseId.equals(enterprise);
            case NONE -> false;
        };
    }
}
