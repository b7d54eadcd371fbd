package org.peermentor.auth.signin;

import java.util.Map;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Where a failed sign-in sends the browser back to: a locked account is told so; any other failure gets the same
 * words, whether the username exists or not.
 */
final class SignInFailures {

    private SignInFailures() {}

    static ExceptionMappingAuthenticationFailureHandler handler() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        return failures;
    }
}
