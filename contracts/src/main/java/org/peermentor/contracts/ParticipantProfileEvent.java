package org.peermentor.contracts;

/** An event on the participant-profiles topic, keyed by the participant's id. */
public sealed interface ParticipantProfileEvent extends ProfileEvent
        permits ParticipantProfileChanged, ParticipantWithdrawn {

    String participantId();

    @Override
    default String profileId() {
        return participantId();
    }
}
