package org.peermentor.intake.profile;

/** The validation group of the rules only a mentor's fields have (see {@link ProfileRequest}). */
public interface MentorFields {}
