package org.zhiben.identity;

import java.util.Collection;
import java.util.function.Function;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;

/**
 * Where a table keeps what a {@link DataScope} filters on: the enterprise id column, the 12-digit region code column
 * and how to ask for its sectors. Scoped tables carry all three (copied from the enterprise when written), in the
 * columns {@code enterprise_id}, {@code region_code} and {@code sectors} ({@link #of(String)}). A table that keeps
 * its sectors elsewhere (the registry's own sector rows) passes its condition to the constructor.
 */
public record ScopeColumns(String enterpriseId, String regionCode, Function<Collection<String>, SqlFragment> anySector) {

    /** The usual columns of a scoped table under the alias {@code a}; sectors stored as a {@link SectorSet}. */
    public static ScopeColumns of(String a) {
        return new ScopeColumns(a + ".enterprise_id", a + ".region_code", codes -> SectorSet.anyOf(a + ".sectors", codes));
    }

    /** A table with its own column names; sectors stored as a {@link SectorSet} in {@code sectorsColumn}. */
    public static ScopeColumns of(String enterpriseIdColumn, String regionCodeColumn, String sectorsColumn) {
        return new ScopeColumns(enterpriseIdColumn, regionCodeColumn,
                codes -> SectorSet.anyOf(sectorsColumn, codes));
    }

    SqlFragment sectorsAnyOf(Collection<String> codes) {
        return anySector.apply(codes);
    }
}
