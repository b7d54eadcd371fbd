package org.peermentor.contracts;

import java.time.Instant;
import java.util.List;

/** What every stored profile, participant or mentor, has in common. */
public interface Profile {

    String id();

    long version();

    ProfileStatus status();

    Instant registeredAt();

    String programId();

    String firstName();

    String email();

    String timezone();

    /** The languages the person speaks, in the order their profile gives them. */
    List<String> languages();

    Consent consent();
}
