package org.peermentor.matching.profile;

import org.peermentor.contracts.Topics;

/** Participant or mentor: where the replica keeps them and which field of a pairing names them. */
public enum PersonKind {
    PARTICIPANT(ProfileReplica.PARTICIPANTS, "participantId"),
    MENTOR(ProfileReplica.MENTORS, "mentorId");

    private final String collection;
    private final String pairingField;

    PersonKind(String collection, String pairingField) {
        this.collection = collection;
        this.pairingField = pairingField;
    }

    public String collection() {
        return collection;
    }

    /** The field of a pairing (and of a round's pairing) holding this person's id. */
    public String pairingField() {
        return pairingField;
    }

    public static PersonKind ofTopic(String topic) {
        if (Topics.PARTICIPANT_PROFILES.equals(topic)) {
            return PARTICIPANT;
        }
        if (Topics.MENTOR_PROFILES.equals(topic)) {
            return MENTOR;
        }
        throw new IllegalArgumentException("Not a profile topic: " + topic);
    }
}
