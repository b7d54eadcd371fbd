package org.peermentor.console.services;

/** A program the signed-in person may see, as intake names it. */
public record Program(String id, String displayName) {}
