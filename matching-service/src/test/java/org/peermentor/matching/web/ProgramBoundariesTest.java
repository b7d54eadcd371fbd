package org.peermentor.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.pairing.PairingView;
import org.peermentor.matching.support.Cohort;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.matching.support.Scene;
import org.peermentor.testkit.TestIssuer;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A manager limited to some programs sees and touches nothing of the others, and cannot tell that it exists. */
class ProgramBoundariesTest extends RunningMatching {

    @Test
    void aListWithoutAProgramShowsOnlyTheCallersPrograms() {
        Scene mine = scene(EnumSet.of(Scene.Part.PROPOSED));
        Scene theirs = scene(EnumSet.of(Scene.Part.PROPOSED));

        List<PairingView> seen =
                readList(client(TestIssuer.managerOf(mine.programId)), PairingView.class, "/api/pairings");

        assertThat(seen).extracting(PairingView::programId).containsOnly(mine.programId);
        assertThat(seen).extracting(PairingView::id).contains(mine.proposedId).doesNotContain(theirs.proposedId);
        assertThat(readList(http, PairingView.class, "/api/pairings"))
                .extracting(PairingView::id)
                .contains(mine.proposedId, theirs.proposedId);
    }

    @Test
    void anotherProgramsPairingIsAnsweredExactlyLikeAMissingOne() {
        Scene theirs = scene(EnumSet.of(Scene.Part.PROPOSED));
        WebTestClient outsider = client(TestIssuer.managerOf("my-program"));

        Problem hidden = problem(outsider, "/api/pairings/" + theirs.proposedId);
        Problem missing = problem(outsider, "/api/pairings/no-such-pairing");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.title()).isEqualTo(missing.title());
        assertThat(hidden.detail()).isEqualTo(missing.detail().replace("no-such-pairing", theirs.proposedId));
    }

    @Test
    void aManagerCannotPairTheirParticipantWithAMentorOfAnotherProgram() {
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        MentorProfile mia;
        try (Cohort other = new Cohort(bootstrapServers())) {
            mia = other.publish(other.mentor("Mia", "es", "GRIEF", 1));
            awaitReplica(1, 0);
            awaitReplica(other.programId, 0, 1);
        }

        client(TestIssuer.managerOf(cohort.programId))
                .post()
                .uri("/api/pairings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("participantId", ana.id(), "mentorId", mia.id()))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("No mentor with id " + mia.id() + ".");

        assertThat(pairings(null)).isEmpty();
    }

    /** What a problem answer says, to compare two of them. */
    record Problem(int status, String title, String detail) {}

    private static Problem problem(WebTestClient client, String uri) {
        return client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Problem.class)
                .returnResult()
                .getResponseBody();
    }
}
