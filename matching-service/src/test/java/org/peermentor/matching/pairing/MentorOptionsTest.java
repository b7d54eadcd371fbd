package org.peermentor.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.matching.support.Cohort.living;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.testkit.TestIssuer;
import org.springframework.http.MediaType;

/**
 * Before pairing by hand, a manager sees the participant's allowed mentors, best first, and the forbidden ones with
 * every rule each breaks, in the very words the pairing would be refused with.
 */
class MentorOptionsTest extends RunningMatching {

    @Test
    void allowedMentorsComeBestFirstAndForbiddenOnesWithTheRulesTheyBreak() {
        ParticipantProfile ana = cohort.publish(living(cohort.participant("Ana", "es", "GRIEF"), "north", 1990));
        MentorProfile mia = cohort.publish(living(cohort.mentor("Mia", "es", "GRIEF", 2), "north", 1990));
        MentorProfile ned = cohort.publish(living(cohort.mentor("Ned", "es", "GRIEF", 1), "south", 1960));
        MentorProfile ola = cohort.publish(cohort.mentor("Ola", "pl", "GRIEF", 1));
        MentorProfile zed = cohort.publish(cohort.mentor("Zed", "en", "OPIOID_USE", 1));
        awaitReplica(1, 5);

        Map<String, Object> options = options(ana.id());

        assertThat(options).containsEntry("participantId", ana.id());
        List<Map<String, Object>> allowed = list(options.get("allowed"));
        assertThat(allowed).extracting(a -> a.get("mentorId")).containsExactly(mia.id(), ned.id());
        assertThat(allowed.get(0)).containsEntry("firstName", "Mia").containsEntry("freePlaces", 2);
        // what each pairing adds to the objective: Mia's is the same region (30) and born the same year (30 × 2)
        // more than Ned's, born 30 years apart in another region; the priority and the load are the same for both
        assertThat(((Number) allowed.get(0).get("adds")).longValue()
                        - ((Number) allowed.get(1).get("adds")).longValue())
                .isEqualTo(90);
        assertThat(strings(allowed.get(0).get("explanation")))
                .contains("Same region: north", "Born the same year", "The mentor will hold 1 of 2 places");
        List<Map<String, Object>> forbidden = list(options.get("forbidden"));
        assertThat(forbidden).extracting(f -> f.get("mentorId")).containsExactly(ola.id(), zed.id());
        assertThat(forbidden.get(0)).containsEntry("firstName", "Ola").containsEntry("freePlaces", 1);
        assertThat(strings(forbidden.get(1).get("rules")))
                .hasSize(2)
                .allSatisfy(rule -> assertThat(rule).matches("H[23]: .+"));

        List<Map<String, Object>> refused = list(http.post()
                .uri("/api/pairings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("participantId", ana.id(), "mentorId", ola.id()))
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("errors"));
        assertThat(strings(forbidden.get(0).get("rules")))
                .containsExactlyElementsOf(refused.stream()
                        .map(e -> e.get("field") + ": " + e.get("message"))
                        .toList());
    }

    @Test
    void aHeldPlaceCountsAndAFullMentorIsForbidden() {
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        ParticipantProfile bo = cohort.publish(cohort.participant("Bo", "es", "GRIEF"));
        MentorProfile mia = cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(2, 1);
        pairByHand(bo.id(), mia.id());

        Map<String, Object> options = options(ana.id());

        assertThat(list(options.get("allowed"))).isEmpty();
        assertThat(list(options.get("forbidden"))).singleElement().satisfies(f -> {
            assertThat(f).containsEntry("mentorId", mia.id()).containsEntry("freePlaces", 0);
            assertThat(strings(f.get("rules"))).containsExactly("H8: The mentor already holds 1 of 1 places");
        });
    }

    @Test
    void aParticipantUnknownOrOfAnotherProgramIsNotFound() {
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        awaitReplica(1, 0);

        http.get()
                .uri("/api/participants/{id}/mentor-options", "no-such-participant")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client(TestIssuer.managerOf("another-program"))
                .get()
                .uri("/api/participants/{id}/mentor-options", ana.id())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("No participant with id " + ana.id() + ".");
    }

    private Map<String, Object> options(String participantId) {
        return read("/api/participants/{id}/mentor-options", participantId);
    }
}
