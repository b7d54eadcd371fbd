package org.peermentor.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.support.AtOnce;
import org.peermentor.matching.support.RunningMatching;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Managers pairing by hand at the same moment cannot overfill a mentor: the check and the write of each pairing hold
 * the program's write lock, so of six pairings sent at once onto a mentor's last place exactly one is made and the
 * others are refused with the rule they would break.
 */
class HandPairingRaceTest extends RunningMatching {

    @Test
    void ofSixPairingsByHandOntoAMentorsLastPlaceSentAtOnceExactlyOneIsMade() {
        List<ParticipantProfile> six = IntStream.range(0, 6)
                .mapToObj(i -> cohort.publish(cohort.participant("P" + i, "es", "GRIEF")))
                .toList();
        MentorProfile mia = cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(6, 1);

        List<EntityExchangeResult<byte[]>> answers =
                atOnce(six.stream().map(p -> p.id()).toList(), mia.id());

        assertThat(answers)
                .extracting(a -> a.getStatus().value())
                .containsOnlyOnce(201)
                .containsOnly(201, 422);
        assertThat(answers).filteredOn(a -> a.getStatus().value() == 422).allSatisfy(refused -> {
            assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(new String(refused.getResponseBodyContent())).contains("The mentor already holds 1 of 1 places");
        });
        assertThat(pairings(null)).singleElement().satisfies(p -> {
            assertThat(p.mentorId()).isEqualTo(mia.id());
            assertThat(p.status()).isEqualTo(PairingStatus.APPROVED);
        });
    }

    /** Sends each pairing from a thread of its own, all let go at the same moment. */
    private List<EntityExchangeResult<byte[]>> atOnce(List<String> participantIds, String mentorId) {
        return AtOnce.send(participantIds.stream()
                .<Supplier<EntityExchangeResult<byte[]>>>map(participantId -> () -> http.post()
                        .uri("/api/pairings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("participantId", participantId, "mentorId", mentorId))
                        .exchange()
                        .expectBody()
                        .returnResult())
                .toList());
    }
}
