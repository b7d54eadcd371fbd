package org.peermentor.matching.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.PairingCheckInDue;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.pairing.Health;
import org.peermentor.matching.pairing.PairingView;
import org.peermentor.matching.round.RoundView;
import org.springframework.http.MediaType;

/**
 * Ana tells a check-in that Mia is not a good fit and asks for a different mentor. Her program's manager sees the
 * pairing among those needing attention, ends it with a rematch, and the next round gives Ana another mentor. A
 * program that rematches on request does that by itself, also for a request made before it turned that on.
 */
class NewMentorRequestTest extends CheckInStories {

    @Test
    void aRequestForANewMentorNeedsAttentionAndTheManagersRematchFindsAnother() {
        PairingCheckInDue checkIn = firstCheckIn(false);
        String id = checkIn.pairingId();
        MentorProfile zoe = cohort.publish(cohort.mentor("Zoe", "es", "GRIEF", 1));
        awaitReplica(0, 1);

        answer(checkIn.checkInId(), checkIn.participantToken(), Map.of("answer", "NOT_A_FIT", "wantsNewMentor", true))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.wantsNewMentor")
                .isEqualTo(true);

        assertAccepted(id, Health.NEEDS_ATTENTION);
        assertThat(ids("NEEDS_ATTENTION,QUIET", 0, 10)).containsExactly(id);
        assertThat(ids("QUIET", 0, 10)).isEmpty();
        assertThat(ids("NEEDS_ATTENTION", 1, 1)).isEmpty();

        http.post()
                .uri("/api/pairings/{id}/end", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "Asked for another mentor", "rematch", true))
                .exchange()
                .expectStatus()
                .isOk();
        awaitReplica(1, 2);
        List<RoundView.Pairing> proposed = round(null).pairings();

        assertThat(proposed).singleElement().satisfies(p -> {
            assertThat(p.participantId()).isEqualTo(participant.id());
            assertThat(p.mentorId()).isEqualTo(zoe.id());
        });
        assertThat(ids("NEEDS_ATTENTION", 0, 10)).isEmpty();
    }

    @Test
    void aProgramThatRematchesOnRequestEndsThePairingByItself() {
        String id = newMentorAsked(true);

        assertEndedForANewMentor(id);
        awaitReplica(1, 1);
    }

    @Test
    void aRequestWaitingForTheManagerEndsByItselfOnceTheProgramRematchesOnRequest() {
        String id = newMentorAsked(false);
        assertThat(pairing(id).status()).isEqualTo(PairingStatus.ACCEPTED);

        schedule("PT2S", "P1D", true);

        await().untilAsserted(() -> assertEndedForANewMentor(id));
    }

    /**
     * An accepted pairing, in a program that does or does not rematch on request, whose participant answered its
     * first check-in "not a fit" and asked for a new mentor; its id.
     */
    private String newMentorAsked(boolean rematchOnRequest) {
        PairingCheckInDue checkIn = firstCheckIn(rematchOnRequest);
        answer(checkIn.checkInId(), checkIn.participantToken(), Map.of("answer", "NOT_A_FIT", "wantsNewMentor", true))
                .expectStatus()
                .isOk();
        return checkIn.pairingId();
    }

    private void assertEndedForANewMentor(String id) {
        PairingView pairing = pairing(id);
        assertThat(pairing.status()).isEqualTo(PairingStatus.ENDED);
        assertThat(pairing.rematch()).isTrue();
        assertThat(pairing.reason()).isEqualTo(CheckInLinks.NEW_MENTOR_ASKED);
    }

    private void assertAccepted(String id, Health health) {
        PairingView pairing = pairing(id);
        assertThat(pairing.status()).isEqualTo(PairingStatus.ACCEPTED);
        assertThat(pairing.health()).isEqualTo(health);
    }

    @Test
    void aMentorCannotAskForANewMentorAndAHealthOutsideTheListIsRefused() {
        PairingCheckInDue checkIn = firstCheckIn(true);
        String id = checkIn.pairingId();

        answer(checkIn.checkInId(), checkIn.mentorToken(), Map.of("answer", "GOING_WELL", "wantsNewMentor", true))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.wantsNewMentor")
                .isEqualTo(false);

        assertAccepted(id, Health.ON_TRACK);
        http.get()
                .uri("/api/pairings?programId={p}&health=NEEDS_ATTENTION,SAD", cohort.programId)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("health");
    }

    private List<String> ids(String health, int page, int size) {
        return readList(
                        PairingView.class,
                        "/api/pairings?programId={p}&health={h}&page={n}&size={s}",
                        cohort.programId,
                        health,
                        page,
                        size)
                .stream()
                .map(PairingView::id)
                .toList();
    }
}
