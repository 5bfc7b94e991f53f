package org.zhiben.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class ZhibenUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    ZhibenUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username).map(User::toCurrentUser)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
