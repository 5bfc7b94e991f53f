package org.zhiben.directory;

import java.util.Set;
import java.util.UUID;

/** A new enterprise entered the registry (one by one; imports announce {@link EnterprisesImported}). */
public record EnterpriseRegistered(UUID enterpriseId, String name, String regionCode, Set<String> sectors) {
}
