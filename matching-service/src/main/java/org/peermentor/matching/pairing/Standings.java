package org.peermentor.matching.pairing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;

/**
 * A program's pairings by participant, grouped once: each participant's status and since when they wait follow from
 * their own pairings ({@link ParticipantStanding}).
 */
public record Standings(Map<String, List<StoredPairing>> byParticipant) {

    public static Standings of(Collection<StoredPairing> pairings) {
        return new Standings(
                pairings.stream().collect(Collectors.groupingBy(p -> p.pairing().participantId())));
    }

    /** The participant's status as their pairings give it: MATCHED, PROPOSED or WAITING. */
    public ProfileStatus status(ParticipantProfile participant) {
        return ParticipantStanding.of(pairingsOf(participant));
    }

    /** When the participant last started waiting ({@link ParticipantStanding#waitingSince}). */
    public Instant waitingSince(ParticipantProfile participant) {
        return ParticipantStanding.waitingSince(participant.registeredAt(), pairingsOf(participant));
    }

    private List<StoredPairing> pairingsOf(ParticipantProfile participant) {
        return byParticipant.getOrDefault(participant.id(), List.of());
    }
}
