package org.peermentor.demo;

/** Why a participant was made hard to place on purpose; {@code NONE} for everyone else. */
public enum Obstacle {
    NONE,
    LANGUAGE_NOBODY_SPEAKS,
    ISSUE_NOBODY_COVERS,
    NO_SHARED_TIMES,
    GENDER_PREFERENCE,
    IN_PERSON_FAR_AWAY
}
