package org.peermentor.matching.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingCheckInDue;
import org.peermentor.matching.audit.AuditAction;
import org.peermentor.matching.checkin.CheckInController.Note;
import org.peermentor.matching.checkin.CheckInSummary.Answer;
import org.peermentor.matching.pairing.CheckInReply;
import org.peermentor.matching.pairing.CheckInRole;
import org.peermentor.matching.pairing.PairingStore;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A note left with a check-in answer is for the program's staff alone: the manager's list says a note is there but
 * not what it says; reading it is one request per check-in, and each read is in the audit trail. When a person is
 * erased, their answers go, and so does every note on their pairings, the other person's too.
 */
class CheckInNotesTest extends CheckInStories {

    private static final String ANAS_NOTE = "Mia cancelled twice; I feel let down";
    private static final String MIAS_NOTE = "Ana seems to be struggling with her sleep";

    @Test
    void theListSaysThereIsANoteAndReadingItIsAudited() {
        String id = answeredByBoth();

        List<CheckInSummary> checkIns = checkInsOf(id);

        assertThat(checkIns)
                .singleElement()
                .satisfies(c -> assertThat(c.number()).isEqualTo(1));
        assertThat(checkIns.get(0).answers())
                .extracting(Answer::role, Answer::answer, Answer::hasNote, Answer::wantsNewMentor)
                .containsExactly(
                        tuple(CheckInRole.MENTOR, CheckInReply.NOT_SURE, true, false),
                        tuple(CheckInRole.PARTICIPANT, CheckInReply.NOT_SURE, true, false));
        // the JSON as it is, so that no field a view leaves out could carry a note unseen
        assertThat(json("/api/pairings/{id}/check-ins", id)).doesNotContain(ANAS_NOTE, MIAS_NOTE);
        assertThat(json("/api/pairings/{id}", id)).doesNotContain(ANAS_NOTE, MIAS_NOTE);
        assertThat(noteReads(id)).isZero();

        List<Note> notes = notes(id, 1);

        assertThat(notes)
                .containsExactly(new Note(CheckInRole.MENTOR, MIAS_NOTE), new Note(CheckInRole.PARTICIPANT, ANAS_NOTE));
        assertThat(noteReads(id)).isEqualTo(1);
        http.get()
                .uri("/api/pairings/{id}/check-ins/{n}/notes", id, 2)
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(noteReads(id)).isEqualTo(1);
    }

    @Test
    void erasingAPersonRemovesTheirAnswersAndEveryNoteOnTheirPairing() {
        String id = answeredByBoth();

        cohort.erase(participant);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> "erased".equals(pairing(id).participantId()));
        assertThat(checkInsOf(id).get(0).answers()).singleElement().satisfies(a -> {
            assertThat(a.role()).isEqualTo(CheckInRole.MENTOR);
            assertThat(a.hasNote()).isFalse();
        });
        assertThat(notes(id, 1)).isEmpty();
        Document stored = mongo.findOne(
                        Query.query(Criteria.where("_id").is(id)), Document.class, PairingStore.COLLECTION)
                .block();
        assertThat(stored.toJson()).doesNotContain(ANAS_NOTE, MIAS_NOTE);
        assertThat(stored.getList("answers", Document.class))
                .extracting(answer -> answer.getString("role"))
                .containsExactly("MENTOR");
    }

    /** Both answered check-in 1 "not sure", each with a note. */
    private String answeredByBoth() {
        PairingCheckInDue checkIn = firstCheckIn(false);
        answer(checkIn.checkInId(), checkIn.participantToken(), Map.of("answer", "NOT_SURE", "note", ANAS_NOTE))
                .expectStatus()
                .isOk();
        answer(checkIn.checkInId(), checkIn.mentorToken(), Map.of("answer", "NOT_SURE", "note", MIAS_NOTE))
                .expectStatus()
                .isOk();
        return checkIn.pairingId();
    }

    private List<Note> notes(String id, int number) {
        return readList(Note.class, "/api/pairings/{id}/check-ins/{n}/notes", id, number);
    }

    private long noteReads(String id) {
        return trail(id).stream()
                .filter(e -> e.action() == AuditAction.NOTE_READ)
                .count();
    }

    /** What a GET of this URI answers, the JSON text as it is, asserting it answers 200. */
    private String json(String uri, Object... vars) {
        return ok(String.class, http.get().uri(uri, vars).exchange());
    }
}
