package org.zhiben.risk;

import java.util.UUID;

/**
 * Published in the transaction of any change to an enterprise's risk inventory that changes its unit counts per
 * level (an object, unit or event added, changed or deleted, an assessment, a major hazard source), once per
 * enterprise and transaction, just before commit. Statistics subtract {@code before} and add {@code after}.
 */
public record EnterpriseRiskChanged(UUID enterpriseId, String regionCode, RiskCounts before, RiskCounts after) {
}
