package org.zhiben.audit;

import java.util.Collection;
import java.util.Map;

/**
 * People by name for the audit pages: entries keep the username (what the hash chain covers); the module that owns
 * the accounts (identity, which depends on audit) answers their display names.
 */
public interface ActorNames {

    /** Display names of those of {@code usernames} that are accounts; others (system jobs) are left out. */
    Map<String, String> displayNames(Collection<String> usernames);
}
