package org.peermentor.localstack.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One OAuth2 client of the issuer, in the contract's shape {@code {"clientId","clientSecret","roles":[…],"programs":[…]}};
 * empty {@code programs} means every program. A browser client (the staff console) has {@code redirectUris} (and
 * {@code postLogoutRedirectUris}) too: people sign in through it, and it gets no client-credentials tokens.
 */
public record ClientCredentials(
        String clientId,
        String clientSecret,
        List<String> roles,
        List<String> programs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> redirectUris,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> postLogoutRedirectUris) {

    public ClientCredentials {
        roles = roles == null ? List.of() : List.copyOf(roles);
        programs = programs == null ? List.of() : List.copyOf(programs);
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
    }

    /** A machine client, which gets tokens of its own by client credentials. */
    public ClientCredentials(String clientId, String clientSecret, List<String> roles, List<String> programs) {
        this(clientId, clientSecret, roles, programs, List.of(), List.of());
    }

    /** People sign in through it; it has no roles of its own. */
    public boolean browserClient() {
        return !redirectUris.isEmpty();
    }

    /** What the client may do, in words: {@code INTAKE, all programs}. */
    public String describe() {
        if (browserClient()) {
            return "people sign in through it (authorization code with PKCE)";
        }
        return String.join(" + ", roles) + ", "
                + (programs.isEmpty() ? "all programs" : "only " + String.join(", ", programs));
    }

    /** Never the secret, so that a client in a log or an error message gives nothing away. */
    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", roles=" + roles + ", programs=" + programs
                + (browserClient() ? ", redirectUris=" + redirectUris : "") + "]";
    }
}
