package org.peermentor.matching.checkin;

import java.util.List;
import java.util.Map;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.PairingCheckInDue;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.pairing.Health;
import org.peermentor.matching.support.RunningMatching;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the check-in stories share: a program whose check-ins come seconds apart, an accepted pairing in it, the
 * check-in emails' links (read from the {@code PairingCheckInDue} events the emails are made from) and the answers
 * sent with them from a browser that holds no bearer token.
 */
abstract class CheckInStories extends RunningMatching {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    ParticipantProfile participant;
    MentorProfile mentor;

    /** The program's check-in schedule and what a request for a new mentor does. */
    void schedule(String firstAfter, String every, boolean rematchOnRequest) {
        changeSettings(cohort.programId, """
                        {"checkIns": {"firstAfter": "%s", "every": "%s"}, "rematchOnNewMentorRequest": %s}""".formatted(firstAfter, every, rematchOnRequest))
                .expectStatus()
                .isOk();
    }

    /** Ana and Mia, paired by hand and accepted by Mia through her email's link; the pairing's id. */
    String acceptedPairing() {
        Fitting anaAndMia = anaAndMia();
        participant = anaAndMia.participant();
        mentor = anaAndMia.mentor();
        String id = pairByHand(participant.id(), mentor.id());
        post("/api/pairings/{id}/accept?token={t}", id, mentorLink(id))
                .expectStatus()
                .isOk();
        return id;
    }

    /**
     * The first check-in of an {@link #acceptedPairing() accepted pairing}, once its event is published, in a program
     * whose check-ins come two seconds after acceptance and then daily, and which does or does not rematch on request.
     */
    PairingCheckInDue firstCheckIn(boolean rematchOnRequest) {
        schedule("PT2S", "P1D", rematchOnRequest);
        return awaitCheckIn(acceptedPairing(), 1);
    }

    /** The check-in with this number of this pairing, once its event is published. */
    PairingCheckInDue awaitCheckIn(String pairingId, int number) {
        return events(pairingId, PairingCheckInDue.class, number).stream()
                .filter(checkIn -> checkIn.number() == number)
                .findFirst()
                .orElseThrow();
    }

    /** An answer sent as JSON with the link's token. */
    WebTestClient.ResponseSpec answer(String checkInId, String token, Map<String, Object> body) {
        return client(null)
                .post()
                .uri("/api/checkins/{id}/answer?token={t}", checkInId, token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    /** An answer sent as the check-in page's form sends it, with the link's token. */
    WebTestClient.ResponseSpec sendForm(String checkInId, String token, String formBody) {
        return client(null)
                .post()
                .uri("/api/checkins/{id}/answer?token={t}", checkInId, token)
                .header("Accept", BROWSER_ACCEPT)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(formBody)
                .exchange();
    }

    /** The check-in page, as the person's browser opens it from the email. */
    WebTestClient.ResponseSpec open(String checkInId, String token) {
        return client(null)
                .get()
                .uri("/api/checkins/{id}?token={t}", checkInId, token)
                .header("Accept", BROWSER_ACCEPT)
                .exchange();
    }

    Health health(String pairingId) {
        return pairing(pairingId).health();
    }

    /** The pairing's check-ins as its managers list them, newest first. */
    List<CheckInSummary> checkInsOf(String pairingId) {
        return readList(CheckInSummary.class, "/api/pairings/{id}/check-ins", pairingId);
    }
}
