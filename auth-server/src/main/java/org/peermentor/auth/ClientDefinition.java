package org.peermentor.auth;

import java.util.List;
import java.util.Set;

/**
 * One client of the clients file: its id and secret, its roles, and the programs it may act on (none: all programs).
 */
record ClientDefinition(String clientId, String clientSecret, List<String> roles, List<String> programs) {

    static final Set<String> ROLES = Set.of("INTAKE", "PROGRAM_MANAGER");

    ClientDefinition {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("a client has no clientId");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("client " + clientId + " has no clientSecret");
        }
        roles = roles == null ? List.of() : List.copyOf(roles);
        programs = programs == null ? List.of() : List.copyOf(programs);
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("client " + clientId + " must have roles among " + ROLES + ", not " + roles);
        }
    }

    /** Never the secret: a client printed in a log or an error message must not give it away. */
    @Override
    public String toString() {
        return "ClientDefinition[clientId=" + clientId + ", roles=" + roles + ", programs=" + programs + "]";
    }

    /** Empty programs means the client may act on every program, and its tokens carry no {@code programs} claim. */
    boolean limitedToPrograms() {
        return !programs.isEmpty();
    }
}
