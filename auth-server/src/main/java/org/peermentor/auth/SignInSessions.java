package org.peermentor.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** The sessions of people signed in through a browser client, kept while they last and forgotten when they end. */
@Configuration(proxyBeanMethods = false)
class SignInSessions {

    /** The sessions people signed in with, so that {@code /connect/logout} can check the id token's {@code sid}. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it forgets it instead of growing. */
    @Bean
    HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }
}
