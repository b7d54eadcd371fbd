package org.peermentor.contracts;

import java.time.Instant;

/** What every stored profile, participant or mentor, has in common. */
public interface Profile {

    String id();

    long version();

    ProfileStatus status();

    Instant registeredAt();

    String programId();

    String email();
}
