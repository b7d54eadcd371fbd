package org.peermentor.auth;

import java.util.List;
import java.util.Set;
import org.peermentor.auth.people.UserAccount;

/**
 * One client of the clients file: its id and secret, its roles, and the programs it may act on (none: all programs).
 * A client with {@code redirectUris} is a browser client (the staff console): people sign in through it, its tokens
 * carry the person's roles, so it needs none of its own, and it gets no client-credentials tokens.
 */
record ClientDefinition(
        String clientId,
        String clientSecret,
        List<String> roles,
        List<String> programs,
        List<String> redirectUris,
        List<String> postLogoutRedirectUris) {

    static final Set<String> ROLES = UserAccount.ROLES;

    ClientDefinition {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("a client has no clientId");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("client " + clientId + " has no clientSecret");
        }
        roles = roles == null ? List.of() : List.copyOf(roles);
        programs = programs == null ? List.of() : List.copyOf(programs);
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
        if (!ROLES.containsAll(roles) || (roles.isEmpty() && redirectUris.isEmpty())) {
            throw new IllegalArgumentException(
                    "client " + clientId + " must have roles among " + ROLES + ", not " + roles);
        }
    }

    /** Never the secret: a client printed in a log or an error message must not give it away. */
    @Override
    public String toString() {
        return "ClientDefinition[clientId=" + clientId + ", roles=" + roles + ", programs=" + programs
                + ", redirectUris=" + redirectUris + "]";
    }

    /** Empty programs means the client may act on every program, and its tokens carry no {@code programs} claim. */
    boolean limitedToPrograms() {
        return !programs.isEmpty();
    }

    /** People sign in through it (authorization code with PKCE); it gets no tokens of its own. */
    boolean browserClient() {
        return !redirectUris.isEmpty();
    }
}
