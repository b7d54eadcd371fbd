package org.peermentor.matching.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingApproved;
import org.peermentor.contracts.PairingReminderDue;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.audit.AuditAction;
import org.peermentor.matching.audit.AuditEntry;
import org.peermentor.matching.pairing.PairingView;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.matching.support.Scene;
import org.peermentor.matching.support.Scene.Part;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The mentor's request, followed up: a mentor who has not answered after the program's {@code reminderAfter} is
 * reminded once, with the link they already have; a manager may send a fresh link instead, which replaces the old
 * one; accepting starts the check-in schedule. (A link that expires unanswered: {@code LinkExpiryTest}.)
 */
class MentorRequestTest extends RunningMatching {

    @Test
    void aMentorWhoHasNotAnsweredIsRemindedOnceWithTheLinkTheyHave() {
        Scene scene = scene(EnumSet.of(Part.APPROVED, Part.PEOPLE));
        remindAfter(scene.programId, "PT2S");
        PairingApproved approved = approvedEvent(scene.approvedId);

        PairingReminderDue reminder =
                events(scene.approvedId, PairingReminderDue.class, 1).get(0);

        assertThat(reminder.mentorResponseToken()).isEqualTo(scene.approvedLink);
        assertThat(reminder.responseTokenExpiresAt().getEpochSecond())
                .isEqualTo(approved.responseTokenExpiresAt().getEpochSecond());
        // the store keeps the link's issue time to the millisecond
        assertThat(reminder.occurredAt())
                .isAfterOrEqualTo(
                        approved.occurredAt().truncatedTo(ChronoUnit.MILLIS).plusSeconds(2));
        PairingView reminded = pairing(scene.approvedId);
        assertThat(reminded.status()).isEqualTo(PairingStatus.APPROVED);
        assertThat(reminded.reminded()).isTrue();
        assertThat(reminded.version()).isEqualTo(1);

        // a later request of the program reminded proves sweeps went on after the first reminder
        String later = pairByHand(scene.participantId, scene.mentorId);
        events(later, PairingReminderDue.class, 1);
        assertThat(events(scene.approvedId, PairingReminderDue.class, 1))
                .extracting(PairingReminderDue::eventId)
                .containsExactly(reminder.eventId());
        post("/api/pairings/{id}/accept?token={t}", scene.approvedId, scene.approvedLink)
                .expectStatus()
                .isOk();
    }

    @Test
    void noMentorIsRemindedBeforeTheirProgramsReminderAfter() {
        Scene patient = scene(EnumSet.of(Part.APPROVED));
        remindAfter(patient.programId, "P1D");
        Scene eager = scene(EnumSet.of(Part.APPROVED));
        remindAfter(eager.programId, "PT1S");

        // approved later, reminded after a second: sweeps ran past that second for the patient program too
        events(eager.approvedId, PairingReminderDue.class, 1);

        PairingView notReminded = pairing(patient.approvedId);
        assertThat(notReminded.status()).isEqualTo(PairingStatus.APPROVED);
        assertThat(notReminded.reminded()).isFalse();
    }

    @Test
    void aFreshLinkReplacesTheOldOneAndTheMentorGetsANewRequest() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));
        PairingApproved first = approvedEvent(scene.approvedId);

        PairingView resent = ok(PairingView.class, resend(scene.approvedId));

        assertThat(resent.status()).isEqualTo(PairingStatus.APPROVED);
        assertThat(resent.version()).isEqualTo(2);
        assertThat(resent.reminded()).isFalse();
        post("/api/pairings/{id}/accept?token={t}", scene.approvedId, scene.approvedLink)
                .expectStatus()
                .isForbidden();
        List<PairingApproved> requests = events(scene.approvedId, PairingApproved.class, 2);
        assertThat(requests).hasSize(2);
        PairingApproved fresh = requests.get(1);
        assertThat(fresh.mentorResponseToken()).isNotEqualTo(first.mentorResponseToken());
        assertThat(fresh.responseTokenExpiresAt()).isAfter(first.responseTokenExpiresAt());
        assertThat(resent.linkExpiresAt().getEpochSecond())
                .isEqualTo(fresh.responseTokenExpiresAt().getEpochSecond());
        assertThat(trail(scene.approvedId)).extracting(AuditEntry::action).contains(AuditAction.RESEND_LINK);

        post("/api/pairings/{id}/accept?token={t}", scene.approvedId, fresh.mentorResponseToken())
                .expectStatus()
                .isOk();
        assertThat(pairing(scene.approvedId).status()).isEqualTo(PairingStatus.ACCEPTED);
    }

    @Test
    void onlyARequestAwaitingTheMentorGetsAFreshLink() {
        Scene scene = scene(EnumSet.of(Part.PROPOSED, Part.ACCEPTED));

        for (String notAwaiting : List.of(scene.proposedId, scene.acceptedId)) {
            resend(notAwaiting)
                    .expectStatus()
                    .isEqualTo(409)
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.detail")
                    .value(String.class, detail -> assertThat(detail).contains("awaiting the mentor's answer"));
        }
        assertPairing(scene.proposedId, PairingStatus.PROPOSED, 1);
        assertPairing(scene.acceptedId, PairingStatus.ACCEPTED, 2);
    }

    @Test
    void acceptingStartsTheCheckInsAfterTheProgramsFirstAfter() {
        Scene scene = scene(EnumSet.of(Part.ACCEPTED));

        PairingView accepted = pairing(scene.acceptedId);

        Instant acceptedAt = accepted.acceptedAt();
        assertThat(accepted.checkInsSent()).isZero();
        Document stored =
                mongo.findById(scene.acceptedId, Document.class, "pairings").block();
        assertThat(stored.getDate("nextCheckInAt").toInstant()).isEqualTo(acceptedAt.plus(Duration.ofDays(14)));
        assertThat(stored.getDate("linkIssuedAt")).isNotNull();
    }

    private void remindAfter(String programId, String duration) {
        changeSettings(programId, "{\"reminderAfter\":\"" + duration + "\"}")
                .expectStatus()
                .isOk();
    }

    private WebTestClient.ResponseSpec resend(String pairingId) {
        return post("/api/pairings/{id}/resend-link", pairingId);
    }
}
