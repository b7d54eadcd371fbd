package org.peermentor.contracts;

/** How a participant and a mentor can meet. */
public enum Format {
    ONLINE,
    PHONE,
    IN_PERSON
}
