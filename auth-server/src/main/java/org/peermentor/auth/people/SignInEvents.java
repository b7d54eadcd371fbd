package org.peermentor.auth.people;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Hears how each of a person's form sign-ins went and counts it in {@link SignInAttempts}; clients authenticate with
 * other tokens and are not counted.
 */
final class SignInEvents {

    private final SignInAttempts attempts;

    SignInEvents(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            attempts.failed(event.getAuthentication().getName());
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            attempts.succeeded(event.getAuthentication().getName());
        }
    }
}
