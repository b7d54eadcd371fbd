package org.peermentor.matching.pairing;

/** Who of the two answered a check-in: each has their own link and their own answer. */
public enum CheckInRole {
    MENTOR,
    PARTICIPANT
}
