package org.peermentor.localstack.auth;

import java.util.List;

/**
 * One OAuth2 client of the issuer, in the contract's shape {@code {"clientId","clientSecret","roles":[…],"programs":[…]}};
 * empty {@code programs} means every program.
 */
public record ClientCredentials(String clientId, String clientSecret, List<String> roles, List<String> programs) {

    public ClientCredentials {
        roles = roles == null ? List.of() : List.copyOf(roles);
        programs = programs == null ? List.of() : List.copyOf(programs);
    }

    /** What the client may do, in words: {@code INTAKE, all programs}. */
    public String describe() {
        return String.join(" + ", roles) + ", " + (programs.isEmpty() ? "all programs" : "only " + String.join(", ", programs));
    }

    /** Never the secret, so that a client in a log or an error message gives nothing away. */
    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", roles=" + roles + ", programs=" + programs + "]";
    }
}
