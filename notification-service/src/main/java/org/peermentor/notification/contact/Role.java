package org.peermentor.notification.contact;

/** Which side of a pairing a person is on. */
public enum Role {
    PARTICIPANT,
    MENTOR
}
