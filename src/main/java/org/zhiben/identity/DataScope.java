package org.zhiben.identity;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.zhiben.common.RegionCode;

/**
 * What records a user may see. Officials: all codes under their region's prefix (queried as the range
 * {@link #regionLow()}..{@link #regionHigh()}), limited to their department's sectors when it has a sector limit
 * (管行业必须管安全). Enterprise users: their own enterprise. Administrators: everything. Experts: nothing by default.
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

    public static DataScope enterprise(UUID enterpriseId) {
        return new DataScope(Kind.ENTERPRISE, null, Set.of(), enterpriseId);
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
