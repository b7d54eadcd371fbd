package org.peermentor.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingApproved;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.matching.support.Scene;
import org.peermentor.matching.support.Scene.Part;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The link in a mentor's email: signed, single-use and expiring. A reused, expired or altered link is refused
 * (403) on the page and on both answers, and changes nothing; the mentor's own link still works afterwards.
 */
class MentorLinkTest extends RunningMatching {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    @Autowired
    ResponseTokens tokens;

    @Test
    void aLinkExpiresFourteenDaysAfterApprovalByDefault() {
        Instant before = Instant.now();
        Scene scene = scene(EnumSet.of(Part.PROPOSED));
        post("/api/pairings/{id}/approve", scene.proposedId).expectStatus().isOk();
        Instant after = Instant.now();

        PairingApproved approved = approvedEvent(scene.proposedId);

        assertThat(approved.responseTokenExpiresAt())
                .isBetween(
                        before.plus(Duration.ofDays(14)).minusSeconds(1),
                        after.plus(Duration.ofDays(14)).plusSeconds(1));
    }

    @Test
    void aLinkWorksOnceAndAReusedOneIsRefused() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));
        answer(scene, "accept", scene.approvedLink).expectStatus().isOk();

        refusedEverywhere(scene, scene.approvedLink);

        assertPairing(scene.approvedId, PairingStatus.ACCEPTED, 2);
    }

    @Test
    void anExpiredLinkIsRefusedAndChangesNothing() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));
        String expired = tokens.issue(
                        scene.approvedId,
                        storedNonce(scene.approvedId),
                        Instant.now().minusSeconds(1))
                .block();

        refusedEverywhere(scene, expired);

        assertPairing(scene.approvedId, PairingStatus.APPROVED, 1);
        answer(scene, "decline", scene.approvedLink).expectStatus().isOk();
    }

    @Test
    void anAlteredLinkIsRefusedAndChangesNothing() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));
        Scene another = scene(EnumSet.of(Part.APPROVED));
        String[] parts = scene.approvedLink.split("\\.");
        String[] fields = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).split("\\|");
        String stretched = ENCODE.encodeToString((fields[0] + "|" + fields[1] + "|"
                        + Instant.now().plus(Duration.ofDays(3650)).getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
        char first = parts[1].charAt(0);

        refusedEverywhere(scene, stretched + "." + parts[1]);
        refusedEverywhere(scene, parts[0] + "." + (first == 'A' ? 'B' : 'A') + parts[1].substring(1));
        refusedEverywhere(scene, another.approvedLink);
        refusedEverywhere(scene, "");

        assertPairing(scene.approvedId, PairingStatus.APPROVED, 1);
        assertThat(pairing(another.approvedId).status()).isEqualTo(PairingStatus.APPROVED);
        answer(scene, "accept", scene.approvedLink).expectStatus().isOk();
    }

    @Test
    void theAnswerTellsTheMentorsBrowserInAPageAndNeverShowsWhatAManagerSeesOfThePairing() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));
        Scene other = scene(EnumSet.of(Part.APPROVED));
        PairingView managersView = pairing(scene.approvedId);
        String participantId = managersView.participantId();
        assertThat(managersView.explanation()).isNotEmpty();

        String page = browserAnswer(scene.approvedId, "accept", scene.approvedLink)
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(page).contains("you accepted").doesNotContain(participantId).doesNotContain("explanation");

        String again = browserAnswer(scene.approvedId, "decline", scene.approvedLink)
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(again).contains("not valid");
        assertThat(pairing(scene.approvedId).status()).isEqualTo(PairingStatus.ACCEPTED);

        Map<String, Object> json = answer(other, "decline", other.approvedLink)
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        assertThat(json).containsOnlyKeys("id", "status", "version").containsEntry("status", "DECLINED");
    }

    /** What a browser sends when the mentor presses a button of the page's form. */
    private WebTestClient.ResponseSpec browserAnswer(String pairingId, String answer, String token) {
        return mentor().post()
                .uri("/api/pairings/{id}/{answer}?token={t}", pairingId, answer, token)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .exchange();
    }

    private void refusedEverywhere(Scene scene, String token) {
        mentor().get()
                .uri("/api/pairings/{id}/response?token={t}", scene.approvedId, token)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody(String.class)
                .value(page -> assertThat(page).contains("not valid").doesNotContain("Accept"));
        answer(scene, "accept", token)
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        answer(scene, "decline", token)
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.ResponseSpec answer(Scene scene, String answer, String token) {
        return mentor().post()
                .uri("/api/pairings/{id}/{answer}?token={t}", scene.approvedId, answer, token)
                .exchange();
    }

    /** The mentor's browser: no bearer token. */
    private WebTestClient mentor() {
        return client(null);
    }

    private String storedNonce(String pairingId) {
        return mongo.findById(pairingId, Document.class, PairingStore.COLLECTION)
                .block()
                .getString("responseNonce");
    }
}
