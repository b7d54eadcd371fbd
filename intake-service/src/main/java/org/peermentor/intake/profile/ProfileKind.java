package org.peermentor.intake.profile;

import java.time.Instant;
import org.peermentor.contracts.Profile;
import org.peermentor.contracts.ProfileEvent;

/**
 * One kind of profile (participants or mentors): where it is stored, where its changes are published and
 * which events describe them.
 */
public record ProfileKind<P extends Profile>(
        String name,
        String collection,
        Class<P> type,
        EventFactory<P> changed,
        EventFactory<P> withdrawn,
        String erasedType,
        String topic) {

    @FunctionalInterface
    public interface EventFactory<P> {
        ProfileEvent create(String eventId, Instant occurredAt, String profileId, long version, P profile);
    }
}
