package org.peermentor.matching.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingCheckInDue;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.pairing.CheckInReply;
import org.peermentor.matching.pairing.CheckInRole;
import org.peermentor.matching.pairing.Health;
import org.peermentor.matching.pairing.PairingView;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Ana and her mentor Mia are asked, a few seconds after Mia accepted, how it is going. Each opens their own link;
 * opening it changes nothing. Mia's answer puts the pairing on track; her link then works no more, nor does one
 * altered by hand. When nobody answers two check-ins in a row, the pairing is quiet.
 */
class CheckInLinkTest extends CheckInStories {

    @Test
    void acceptingLeadsToACheckInWhoseAnswerPutsThePairingOnTrack() {
        schedule("PT2S", "P1D", false);
        String id = acceptedPairing();
        assertThat(health(id)).isEqualTo(Health.TOO_EARLY);

        PairingCheckInDue checkIn = awaitCheckIn(id, 1);

        assertThat(checkIn.checkInId()).isEqualTo(id + "-c1");
        assertThat(checkIn.mentorToken()).isNotEqualTo(checkIn.participantToken());
        open(checkIn.checkInId(), checkIn.mentorToken()).expectStatus().isOk();
        open(checkIn.checkInId(), checkIn.participantToken()).expectStatus().isOk();
        assertThat(health(id)).isEqualTo(Health.TOO_EARLY);
        assertThat(checkInsOf(id)).containsExactly(new CheckInSummary(1, List.of()));

        answer(checkIn.checkInId(), checkIn.mentorToken(), Map.of("answer", "GOING_WELL"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.role")
                .isEqualTo("MENTOR")
                .jsonPath("$.answer")
                .isEqualTo("GOING_WELL");

        assertThat(health(id)).isEqualTo(Health.ON_TRACK);
        PairingView pairing = pairing(id);
        assertThat(pairing.checkInsSent()).isEqualTo(1);
        assertThat(pairing.status()).isEqualTo(PairingStatus.ACCEPTED);
    }

    @Test
    void aLinkWorksOnceAndAnAlteredOneNotAtAll() {
        PairingCheckInDue checkIn = firstCheckIn(false);
        String id = checkIn.pairingId();
        String altered = checkIn.participantToken()
                        .substring(0, checkIn.participantToken().length() - 2) + "xx";

        open(checkIn.checkInId(), altered).expectStatus().isForbidden();
        answer(checkIn.checkInId(), altered, Map.of("answer", "NOT_A_FIT", "wantsNewMentor", true))
                .expectStatus()
                .isForbidden();
        answer(checkIn.checkInId(), checkIn.mentorToken(), Map.of("answer", "NOT_SURE"))
                .expectStatus()
                .isOk();
        answer(checkIn.checkInId(), checkIn.mentorToken(), Map.of("answer", "NOT_A_FIT"))
                .expectStatus()
                .isForbidden();
        String page = open(checkIn.checkInId(), checkIn.mentorToken())
                .expectStatus()
                .isForbidden()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page).contains("<h1>Link not valid</h1>").doesNotContain("<form");
        assertThat(answersOf(id)).containsExactly(tuple(CheckInRole.MENTOR, CheckInReply.NOT_SURE));
        open(checkIn.checkInId(), checkIn.participantToken()).expectStatus().isOk();
    }

    @Test
    void aBadAnswerIsRefusedAndTheLinkStillWorks() {
        PairingCheckInDue checkIn = firstCheckIn(false);
        String id = checkIn.pairingId();

        answer(checkIn.checkInId(), checkIn.participantToken(), Map.of("answer", "MAYBE"))
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("answer");
        answer(
                        checkIn.checkInId(),
                        checkIn.participantToken(),
                        Map.of("answer", "GOING_WELL", "note", "x".repeat(2001)))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("note");

        answer(
                        checkIn.checkInId(),
                        checkIn.participantToken(),
                        Map.of("answer", "GOING_WELL", "note", "x".repeat(2000)))
                .expectStatus()
                .isOk();
        assertThat(health(id)).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void thePageAsksInWordsWithoutNamingAnyoneAndItsFormIsThanked() {
        PairingCheckInDue checkIn = firstCheckIn(false);
        String id = checkIn.pairingId();

        String page = lockedDown(open(checkIn.checkInId(), checkIn.participantToken()))
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page)
                .contains("<h1>How is your mentoring going?</h1>")
                .contains("<fieldset>", "<legend>", "<label for=\"answer-GOING_WELL\">Going well</label>")
                .contains("<label for=\"wantsNewMentor\">I would like a different mentor</label>")
                .contains("the other person never sees it")
                .contains("action=\"/api/checkins/" + checkIn.checkInId() + "/answer?token="
                        + checkIn.participantToken() + "\"");
        // The signed token is random text that may spell a name by chance; the page's own words must not.
        assertThat(page.replace(checkIn.participantToken(), ""))
                .doesNotContain("Ana", "Mia", "grief", "GRIEF", mentor.id(), participant.id(), "<script", "style=");
        assertThat(open(checkIn.checkInId(), checkIn.mentorToken())
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .contains("<h1>How is mentoring going?</h1>")
                .doesNotContain("wantsNewMentor");

        String thanks = lockedDown(sendForm(
                        checkIn.checkInId(),
                        checkIn.participantToken(),
                        "answer=NOT_MET&note=We+keep+missing+each+other"))
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(thanks).contains("<h1>Thank you</h1>", "your answer is recorded");
        assertThat(answersOf(id)).containsExactly(tuple(CheckInRole.PARTICIPANT, CheckInReply.NOT_MET));
    }

    @Test
    void aFormSentWithoutAnAnswerSaysSoAndKeepsNothing() {
        PairingCheckInDue checkIn = firstCheckIn(false);
        String id = checkIn.pairingId();

        String page = sendForm(checkIn.checkInId(), checkIn.mentorToken(), "note=hello")
                .expectStatus()
                .isBadRequest()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page).contains("<h1>Please choose an answer</h1>", "Back to the question");
        assertThat(answersOf(id)).isEmpty();
    }

    @Test
    void twoCheckInsWithoutAnAnswerMakeThePairingQuiet() {
        schedule("PT1S", "PT2S", false);
        String id = acceptedPairing();

        awaitCheckIn(id, 2);

        await().atMost(Duration.ofSeconds(30)).until(() -> health(id) == Health.QUIET);
        assertThat(pairing(id).status()).isEqualTo(PairingStatus.ACCEPTED);
    }

    /** The answers of check-in 1: who answered what, as the manager's list shows them. */
    private List<Tuple> answersOf(String id) {
        CheckInSummary first =
                checkInsOf(id).stream().filter(c -> c.number() == 1).findFirst().orElseThrow();
        return first.answers().stream().map(a -> tuple(a.role(), a.answer())).toList();
    }

    private static WebTestClient.ResponseSpec lockedDown(WebTestClient.ResponseSpec response) {
        return response.expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader()
                .value("Content-Security-Policy", csp -> assertThat(csp).contains("default-src 'none'"));
    }
}
