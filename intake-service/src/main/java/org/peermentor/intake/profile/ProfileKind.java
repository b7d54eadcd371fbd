package org.peermentor.intake.profile;

import org.peermentor.contracts.Profile;

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
        String topic) {}
