package org.peermentor.matching.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.support.RunningMatching;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The participant's status sequence, carried by every pairing event so a late status loses: one more per move, kept
 * in the participant's replica document, and never left in an erased person's tombstone, which holds only their id.
 */
class StatusSequenceTest extends RunningMatching {

    @Autowired
    ProfileReplica replica;

    @Test
    void eachMoveTakesTheNextNumberOfTheParticipantsSequence() {
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        awaitReplica(1, 0);

        long first = replica.nextParticipantSequence(ana.id()).block();
        long second = replica.nextParticipantSequence(ana.id()).block();

        assertThat(second).isEqualTo(first + 1);
        assertThat(stored(ana.id()).get("statusSequence")).isEqualTo(second);
        assertThat(replica.nextParticipantSequence("nobody-known").block()).isEqualTo(1L);
    }

    @Test
    void countingAnErasedParticipantLeavesTheirTombstoneBare() {
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        awaitReplica(1, 0);
        replica.nextParticipantSequence(ana.id()).block();
        cohort.erase(ana);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Boolean.TRUE.equals(stored(ana.id()).getBoolean("erased")));

        assertThat(replica.nextParticipantSequence(ana.id()).block()).isEqualTo(1L);

        assertThat(stored(ana.id()).keySet()).containsExactlyInAnyOrder("_id", "version", "erased", "withdrawn");
    }

    private Document stored(String participantId) {
        return mongo.findById(participantId, Document.class, ProfileReplica.PARTICIPANTS)
                .block();
    }
}
