package org.zhiben.identity.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.ActorNames;

/** The audit pages' display names, from the accounts. */
@Component
class AccountNames implements ActorNames {

    private final UserRepository users;

    AccountNames(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(Set.copyOf(usernames)).stream()
                .collect(Collectors.toMap(User::getUsername, User::getDisplayName));
    }
}
