package org.peermentor.auth.people;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The people of the users file, their sign-in attempts, and the account details form sign-in checks. */
@Configuration(proxyBeanMethods = false)
class PeopleConfig {

    @Bean
    People people(PeopleSettings settings, PasswordEncoder encoder) {
        return settings.usersFile() == null ? People.none() : People.read(settings.usersFile(), encoder);
    }

    @Bean
    SignInAttempts signInAttempts(People people, PeopleSettings settings) {
        return new SignInAttempts(people, settings.lockout(), Clock.systemUTC());
    }

    @Bean
    SignInEvents signInEvents(SignInAttempts attempts) {
        return new SignInEvents(attempts);
    }

    @Bean
    UserDetailsService personDetails(People people, SignInAttempts attempts) {
        return new PersonDetails(people, attempts);
    }
}
