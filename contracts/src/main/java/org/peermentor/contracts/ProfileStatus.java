package org.peermentor.contracts;

/** Where a person stands. Participants move through all of them; mentors are ACTIVE or WITHDRAWN. */
public enum ProfileStatus {
    WAITING,
    PROPOSED,
    MATCHED,
    ACTIVE,
    WITHDRAWN
}
