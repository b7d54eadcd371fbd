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

        List<Map<String, Object>> checkIns = checkInsOf(id);

        assertThat(checkIns).singleElement().satisfies(c -> assertThat(c).containsEntry("number", 1));
        assertThat(answers(checkIns.get(0)))
                .extracting(
                        a -> a.get("role"), a -> a.get("answer"), a -> a.get("hasNote"), a -> a.get("wantsNewMentor"))
                .containsExactly(
                        tuple("MENTOR", "NOT_SURE", true, false), tuple("PARTICIPANT", "NOT_SURE", true, false));
        assertThat(checkIns.toString()).doesNotContain(ANAS_NOTE, MIAS_NOTE);
        assertThat(pairing(id).toString()).doesNotContain(ANAS_NOTE, MIAS_NOTE);
        assertThat(noteReads(id)).isZero();

        List<Map<String, Object>> notes = notes(id, 1);

        assertThat(notes)
                .containsExactly(
                        Map.of("role", "MENTOR", "note", MIAS_NOTE), Map.of("role", "PARTICIPANT", "note", ANAS_NOTE));
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
                .until(() -> "erased".equals(pairing(id).get("participantId")));
        assertThat(answers(checkInsOf(id).get(0)))
                .singleElement()
                .satisfies(a -> assertThat(a).containsEntry("role", "MENTOR").containsEntry("hasNote", false));
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

    private List<Map<String, Object>> notes(String id, int number) {
        return readList("/api/pairings/{id}/check-ins/{n}/notes", id, number);
    }

    private long noteReads(String id) {
        return trail(id).stream()
                .filter(e -> "NOTE_READ".equals(e.get("action")))
                .count();
    }

    private static List<Map<String, Object>> answers(Map<String, Object> checkIn) {
        return list(checkIn.get("answers"));
    }
}
