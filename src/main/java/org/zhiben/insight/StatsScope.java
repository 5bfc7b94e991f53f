package org.zhiben.insight;

import java.util.Set;
import java.util.UUID;

/**
 * What a statistics answer covers: everything (administrators without a region), a region at level 1..5, or one
 * enterprise; restricted to enterprises having any of {@code sectors} when not empty.
 */
public record StatsScope(Kind kind, String regionCode, int lvl, UUID enterpriseId, Set<String> sectors) {

    public enum Kind { ALL, REGION, ENTERPRISE }

    public StatsScope {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }

    /** Whether a ranking one level down exists (sub-regions, or the enterprises of a village). */
    public boolean hasChildren() {
        return kind != Kind.ENTERPRISE;
    }
}
