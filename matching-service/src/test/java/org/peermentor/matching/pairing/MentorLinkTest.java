package org.peermentor.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingApproved;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.matching.support.Scene;
import org.peermentor.matching.support.Scene.Part;
import org.springframework.beans.factory.annotation.Autowired;
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
                .isBetween(before.plus(Duration.ofDays(14)).minusSeconds(1), after.plus(Duration.ofDays(14)).plusSeconds(1));
    }

    @Test
    void aLinkWorksOnceAndAReusedOneIsRefused() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));
        answer(scene, "accept", scene.approvedLink).expectStatus().isOk();

        refusedEverywhere(scene, scene.approvedLink);

        assertThat(pairing(scene.approvedId)).containsEntry("status", "ACCEPTED").containsEntry("version", 2);
    }

    @Test
    void anExpiredLinkIsRefusedAndChangesNothing() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));
        String expired = tokens.issue(scene.approvedId, storedNonce(scene.approvedId), Instant.now().minusSeconds(1))
                .block();

        refusedEverywhere(scene, expired);

        assertThat(pairing(scene.approvedId)).containsEntry("status", "APPROVED").containsEntry("version", 1);
        answer(scene, "decline", scene.approvedLink).expectStatus().isOk();
    }

    @Test
    void anAlteredLinkIsRefusedAndChangesNothing() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));
        Scene another = scene(EnumSet.of(Part.APPROVED));
        String[] parts = scene.approvedLink.split("\\.");
        String[] fields = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).split("\\|");
        String stretched = ENCODE.encodeToString((fields[0] + "|" + fields[1] + "|"
                + Instant.now().plus(Duration.ofDays(3650)).getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        char first = parts[1].charAt(0);

        refusedEverywhere(scene, stretched + "." + parts[1]);
        refusedEverywhere(scene, parts[0] + "." + (first == 'A' ? 'B' : 'A') + parts[1].substring(1));
        refusedEverywhere(scene, another.approvedLink);
        refusedEverywhere(scene, "");

        assertThat(pairing(scene.approvedId)).containsEntry("status", "APPROVED").containsEntry("version", 1);
        assertThat(pairing(another.approvedId)).containsEntry("status", "APPROVED");
        answer(scene, "accept", scene.approvedLink).expectStatus().isOk();
    }

    private void refusedEverywhere(Scene scene, String token) {
        mentor().get().uri("/api/pairings/{id}/response?token={t}", scene.approvedId, token).exchange()
                .expectStatus().isForbidden()
                .expectBody(String.class).value(page -> assertThat(page).contains("not valid").doesNotContain("Accept"));
        answer(scene, "accept", token).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        answer(scene, "decline", token).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.ResponseSpec answer(Scene scene, String answer, String token) {
        return mentor().post().uri("/api/pairings/{id}/{answer}?token={t}", scene.approvedId, answer, token).exchange();
    }

    /** The mentor's browser: no bearer token. */
    private WebTestClient mentor() {
        return client(null);
    }

    private String storedNonce(String pairingId) {
        return mongo.findById(pairingId, Document.class, PairingStore.COLLECTION).block().getString("responseNonce");
    }
}
