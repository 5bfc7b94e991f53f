package org.zhiben.directory;

import java.util.Set;
import java.util.UUID;

/** An enterprise's registry data was changed (published in the same transaction); carries where it is now. */
public record EnterpriseUpdated(UUID enterpriseId, String regionCode, Set<String> sectors) {
}
