package org.peermentor.auth.people;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The people as Spring Security's form sign-in checks them: the hashed password, the roles as {@code ROLE_…}
 * authorities, and the account locked while {@link SignInAttempts} says so, which refuses even the right password.
 */
record PersonDetails(People people, SignInAttempts attempts) implements UserDetailsService {

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount person = people.find(username)
                // no username in the message: it may end up in a log
                .orElseThrow(() -> new UsernameNotFoundException("No such person"));
        return User.withUsername(person.username())
                .password(person.password())
                .roles(person.roles().toArray(String[]::new))
                .accountLocked(attempts.isLocked(person.username()))
                .build();
    }
}
