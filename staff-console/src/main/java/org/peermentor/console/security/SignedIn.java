package org.peermentor.console.security;

import java.util.List;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import reactor.core.publisher.Mono;

/**
 * Who is signed in, for the header and for choosing which links to show. The roles only decide what the page
 * offers; whether an action is allowed is decided by the service that carries it out.
 */
public record SignedIn(String username, String displayName, List<String> roles) {

    public static SignedIn of(OidcUser person) {
        List<String> roles = person.getClaimAsStringList("roles");
        String name = person.getClaimAsString("name");
        return new SignedIn(
                person.getSubject(),
                name == null || name.isBlank() ? person.getSubject() : name,
                roles == null ? List.of() : List.copyOf(roles));
    }

    /** The person signed in on this request, read from its security context; empty when no one is. */
    public static Mono<SignedIn> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() == null
                        ? null
                        : context.getAuthentication().getPrincipal())
                .ofType(OidcUser.class)
                .map(SignedIn::of);
    }

    public boolean intake() {
        return roles.contains("INTAKE");
    }

    public boolean manager() {
        return roles.contains("PROGRAM_MANAGER");
    }
}
