package org.zhiben.tip;

import java.util.UUID;

/**
 * A tip as it comes in: what ({@code content}), where ({@code place}), about which registered enterprise
 * ({@code enterpriseId}) or, for a unit outside the registry, its name and the region it is in; anonymous or with the
 * reporter's name and contact (a joint report names its first signatory and says {@code joint}). The photos travel
 * beside it (already checked and stored).
 */
public record NewTip(TipChannel channel, String content, String place, UUID enterpriseId, String unitName,
        String regionCode, boolean anonymous, String reporterName, String reporterContact, boolean joint) {
}
