package org.peermentor.contracts;

public enum Urgency {
    NORMAL,
    HIGH
}
