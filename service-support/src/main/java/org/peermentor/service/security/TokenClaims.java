package org.peermentor.service.security;

/** The claims the services read from an access token. */
public final class TokenClaims {

    /** Array of role names ({@link Roles}). */
    public static final String ROLES = "roles";

    /** Array of program ids the token may act on; absent means every program. */
    public static final String PROGRAMS = "programs";

    /** The display name of the person a token speaks for (OIDC's {@code name}); absent for clients. */
    public static final String NAME = "name";

    private TokenClaims() {}
}
