package org.zhiben.risk.internal;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.zhiben.common.IdempotencyKeys;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;

/** Creates once per client-supplied Idempotency-Key: a retried request answers with what the first one created. */
public final class Retries {

    private Retries() {
    }

    /** Call inside the creating transaction, so the key is remembered exactly when the record is committed. */
    public static UUID once(IdempotencyKeys keys, String idempotencyKey, Supplier<UUID> create) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return create.get();
        }
        String owner = DataScopes.currentUser().map(CurrentUser::getUsername).orElse("system");
        Optional<UUID> earlier = keys.find(owner, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        UUID id = create.get();
        keys.remember(owner, idempotencyKey, id);
        return id;
    }
}
