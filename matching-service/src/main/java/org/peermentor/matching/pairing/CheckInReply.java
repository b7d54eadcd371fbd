package org.peermentor.matching.pairing;

/** What a person answered to a check-in. */
public enum CheckInReply {
    GOING_WELL,
    NOT_SURE,
    NOT_A_FIT,
    NOT_MET
}
