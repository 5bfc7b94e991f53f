package org.zhiben.risk.internal;

import java.util.Set;
import org.zhiben.identity.DataScope;

/**
 * Risk tables carry the enterprise and its region code but no sector codes, so their queries translate only the
 * jurisdiction part of a scope; a department's sector limit is applied afterwards by the registry, which callers ask
 * for the enterprises they show.
 */
public final class RiskScopes {

    private RiskScopes() {
    }

    /** The scope with a department's sector limit dropped, for a query over risk tables. */
    public static DataScope jurisdictionOf(DataScope scope) {
        return scope.sectorLimited() ? DataScope.jurisdiction(scope.region(), Set.of()) : scope;
    }
}
