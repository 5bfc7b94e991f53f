package org.zhiben.identity.internal;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class ZhibenUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    ZhibenUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username).map(u -> u.toCurrentUser(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
