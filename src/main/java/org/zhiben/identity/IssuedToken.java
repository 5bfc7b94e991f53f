package org.zhiben.identity;

import java.io.Serializable;
import java.util.UUID;

/**
 * A freshly issued API token: {@code token} is shown once and never stored (it passes through the session as a flash
 * attribute on its way to the page, hence serializable).
 */
public record IssuedToken(UUID id, String name, String token) implements Serializable {
}
