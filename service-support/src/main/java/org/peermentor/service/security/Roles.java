package org.peermentor.service.security;

/** The roles a token may carry in its {@code roles} claim. */
public final class Roles {

    /** Registers, reads, changes and withdraws participants and mentors. */
    public static final String INTAKE = "INTAKE";

    /** Everything in the matching service; reads profiles, the delivery log and the audit trail. */
    public static final String PROGRAM_MANAGER = "PROGRAM_MANAGER";

    private Roles() {}
}
