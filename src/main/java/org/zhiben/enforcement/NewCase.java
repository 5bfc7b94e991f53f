package org.zhiben.enforcement;

import java.util.UUID;

/** 立案: the enterprise, the inspection the case comes from (optional), the 案由 and the facts. */
public record NewCase(UUID enterpriseId, UUID inspectionId, String title, String facts) {
}
