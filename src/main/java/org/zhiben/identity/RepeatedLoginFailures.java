package org.zhiben.identity;

import java.util.UUID;

/**
 * An account has had {@code failures} failed logins in a row (5, 20, 100), the last from {@code address}: its owner
 * and the administrators should hear of it (notify sends the notices).
 */
public record RepeatedLoginFailures(UUID userId, String username, int failures, String address) {
}
