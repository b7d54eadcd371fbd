package org.peermentor.intake.profile;

/** A stored profile with the key of the import row that created it ({@code null}: not imported). */
public record StoredProfile<P>(P profile, String importKey) {}
