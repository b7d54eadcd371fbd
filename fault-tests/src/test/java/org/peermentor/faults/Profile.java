package org.peermentor.faults;

/** A participant or mentor as intake lists them, with only the fields the suites read. */
record Profile(String id, String email) {}
