package org.peermentor.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.matching.support.Cohort.living;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.service.web.FieldError;
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

        MentorOptionsView options = options(ana.id());

        assertThat(options.participantId()).isEqualTo(ana.id());
        List<AllowedMentor> allowed = options.allowed();
        assertThat(allowed).extracting(AllowedMentor::mentorId).containsExactly(mia.id(), ned.id());
        assertThat(allowed.get(0).firstName()).isEqualTo("Mia");
        assertThat(allowed.get(0).freePlaces()).isEqualTo(2);
        // what each pairing adds to the objective: Mia's is the same region (30) and born the same year (30 × 2)
        // more than Ned's, born 30 years apart in another region; the priority and the load are the same for both
        assertThat(allowed.get(0).adds() - allowed.get(1).adds()).isEqualTo(90);
        assertThat(allowed.get(0).explanation())
                .contains("Same region: north", "Born the same year", "The mentor will hold 1 of 2 places");
        List<ForbiddenMentor> forbidden = options.forbidden();
        assertThat(forbidden).extracting(ForbiddenMentor::mentorId).containsExactly(ola.id(), zed.id());
        assertThat(forbidden.get(0).firstName()).isEqualTo("Ola");
        assertThat(forbidden.get(0).freePlaces()).isEqualTo(1);
        assertThat(forbidden.get(1).rules())
                .hasSize(2)
                .allSatisfy(rule -> assertThat(rule).matches("H[23]: .+"));

        Refusal refused = http.post()
                .uri("/api/pairings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("participantId", ana.id(), "mentorId", ola.id()))
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectBody(Refusal.class)
                .returnResult()
                .getResponseBody();
        assertThat(forbidden.get(0).rules())
                .containsExactlyElementsOf(refused.errors().stream()
                        .map(e -> e.field() + ": " + e.message())
                        .toList());
    }

    @Test
    void aHeldPlaceCountsAndAFullMentorIsForbidden() {
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        ParticipantProfile bo = cohort.publish(cohort.participant("Bo", "es", "GRIEF"));
        MentorProfile mia = cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(2, 1);
        pairByHand(bo.id(), mia.id());

        MentorOptionsView options = options(ana.id());

        assertThat(options.allowed()).isEmpty();
        assertThat(options.forbidden()).singleElement().satisfies(f -> {
            assertThat(f.mentorId()).isEqualTo(mia.id());
            assertThat(f.freePlaces()).isZero();
            assertThat(f.rules()).containsExactly("H8: The mentor already holds 1 of 1 places");
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

    private MentorOptionsView options(String participantId) {
        return read(MentorOptionsView.class, "/api/participants/{id}/mentor-options", participantId);
    }

    /** The field errors of the 422 a pairing by hand is refused with. */
    record Refusal(List<FieldError> errors) {}
}
