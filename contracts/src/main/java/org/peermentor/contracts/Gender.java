package org.peermentor.contracts;

public enum Gender {
    FEMALE,
    MALE,
    NON_BINARY,
    UNDISCLOSED
}
