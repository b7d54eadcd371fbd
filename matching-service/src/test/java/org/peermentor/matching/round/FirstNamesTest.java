package org.peermentor.matching.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.support.RunningMatching;

/** Rounds and pairings name everyone by first name for the manager's pages, and nobody once erased. */
class FirstNamesTest extends RunningMatching {

    @Test
    void roundsAndPairingsCarryFirstNamesUntilSomeoneIsErased() {
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        ParticipantProfile ola = cohort.publish(cohort.participant("Ola", "pl", "GRIEF"));
        MentorProfile mia = cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(2, 1);
        Map<String, Object> round = round(null);
        String pairingId = (String) first(round.get("pairings")).get("id");

        assertThat(first(round.get("pairings")))
                .containsEntry("participantFirstName", "Ana")
                .containsEntry("mentorFirstName", "Mia")
                .containsEntry("mentorId", mia.id());
        assertThat(first(round.get("unmatched")))
                .containsEntry("participantId", ola.id())
                .containsEntry("participantFirstName", "Ola");
        assertThat(first(readList("/api/programs/{p}/rounds", cohort.programId)
                        .get(0)
                        .get("pairings")))
                .containsEntry("participantFirstName", "Ana");
        assertThat(pairing(pairingId))
                .containsEntry("participantFirstName", "Ana")
                .containsEntry("mentorFirstName", "Mia");
        assertThat(pairings(null))
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .containsEntry("participantFirstName", "Ana")
                        .containsEntry("mentorFirstName", "Mia"));

        cohort.erase(ana);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> "erased".equals(pairing(pairingId).get("participantId")));
        assertThat(pairing(pairingId))
                .containsEntry("participantFirstName", null)
                .containsEntry("mentorFirstName", "Mia");
        assertThat(first(roundById((String) round.get("id")).get("pairings")))
                .containsEntry("participantFirstName", null);
    }
}
