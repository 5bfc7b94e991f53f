package org.zhiben.identity;

import java.util.UUID;

/** A freshly issued API token: {@code token} is shown once and never stored. */
public record IssuedToken(UUID id, String name, String token) {
}
