package org.zhiben.accident;

import java.util.UUID;

/**
 * An accident's figures were corrected by a supplementary report or it was voided: what counts it (the 零事故
 * roster) looks at it again. {@link AccidentReported} stays the event of a first report or a new grade.
 */
public record AccidentChanged(UUID accidentId) {
}
