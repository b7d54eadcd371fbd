package org.peermentor.matching.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.pairing.PairingView;
import org.peermentor.matching.support.RunningMatching;

/** Rounds and pairings name everyone by first name for the manager's pages, and nobody once erased. */
class FirstNamesTest extends RunningMatching {

    @Test
    void roundsAndPairingsCarryFirstNamesUntilSomeoneIsErased() {
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        ParticipantProfile ola = cohort.publish(cohort.participant("Ola", "pl", "GRIEF"));
        MentorProfile mia = cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(2, 1);
        RoundView round = round(null);
        RoundView.Pairing proposed = round.pairings().get(0);
        String pairingId = proposed.id();

        assertThat(proposed.participantFirstName()).isEqualTo("Ana");
        assertThat(proposed.mentorFirstName()).isEqualTo("Mia");
        assertThat(proposed.mentorId()).isEqualTo(mia.id());
        RoundView.Unmatched unmatched = round.unmatched().get(0);
        assertThat(unmatched.participantId()).isEqualTo(ola.id());
        assertThat(unmatched.participantFirstName()).isEqualTo("Ola");
        assertThat(readList(RoundView.class, "/api/programs/{p}/rounds", cohort.programId)
                        .get(0)
                        .pairings()
                        .get(0)
                        .participantFirstName())
                .isEqualTo("Ana");
        assertFirstNames(pairing(pairingId), "Ana", "Mia");
        assertThat(pairings(null)).singleElement().satisfies(p -> assertFirstNames(p, "Ana", "Mia"));

        cohort.erase(ana);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> "erased".equals(pairing(pairingId).participantId()));
        assertFirstNames(pairing(pairingId), null, "Mia");
        assertThat(roundById(round.id()).pairings().get(0).participantFirstName())
                .isNull();
    }

    private static void assertFirstNames(PairingView pairing, String participant, String mentor) {
        assertThat(pairing.participantFirstName()).isEqualTo(participant);
        assertThat(pairing.mentorFirstName()).isEqualTo(mentor);
    }
}
