package org.peermentor.intake.profile;

import java.time.Instant;
import org.peermentor.contracts.ProfileEvent;

/** Makes the event that announces a profile at one version: changed or withdrawn, per {@link ProfileKind}. */
@FunctionalInterface
public interface EventFactory<P> {
    ProfileEvent create(String eventId, Instant occurredAt, String profileId, long version, P profile);
}
