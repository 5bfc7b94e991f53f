package org.zhiben.identity;

import java.util.UUID;

/** How to reach an enabled user outside the app; phone and e-mail may be null. */
public record UserContact(UUID id, String displayName, String phone, String email) {
}
