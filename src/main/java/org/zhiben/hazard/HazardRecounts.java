package org.zhiben.hazard;

import org.zhiben.common.RegionCode;

/**
 * The hazard ledger recounted in SQL, for statistics that must be checked against every row (insight's consistency
 * check and rebuild). Each method answers a relation — a select over the ledger, owned here with the state rules
 * it encodes — that the caller embeds in its own set-based query; {@code within} (null: everywhere) limits it to a
 * jurisdiction. Codes are validated {@link RegionCode}s, so they are written into the text.
 */
public interface HazardRecounts {

    /**
     * Columns {@code d, kind, rc, eid, sectors, level, closed, on_time}: every hazard not rejected on the day it was
     * found ({@code kind = 'F'}, closed and on time as it stands now) and every closed hazard on the day it was closed
     * ({@code kind = 'C'}).
     */
    String flows(RegionCode within);

    /**
     * Columns {@code rc, eid, sectors, level, state, overdue, stock} of every open hazard (neither closed nor
     * rejected); {@code stock} compares the found date with the one parameter {@code ?}, the stock baseline.
     */
    String open(RegionCode within);

    /** How many hazards the ledger holds within the jurisdiction, in every state. */
    long count(RegionCode within);
}
