package org.peermentor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermentor.contracts.Topics;
import org.peermentor.intake.support.Bodies;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.TopicProbe;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every kind of bad input intake staff (or a broken client) can send gets a 400 with problem details naming
 * the bad field(s), stores nothing and publishes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest extends RunningIntake {

    private static final String PROGRAM = "bad-input-check";
    private static final String TOO_BIG = "x".repeat(1024 * 1024 + 1);

    private String existingParticipant;

    /** Problem details as a client reads them. */
    record ProblemAnswer(int status, String title, String detail, List<FieldError> errors) {
        ProblemAnswer {
            errors = errors == null ? List.of() : errors;
        }
    }

    record FieldError(String field, String message) {}

    record Case(String name, HttpMethod method, String path, String body, List<String> fields) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // participants
        cases.add(participant("missing programId", b -> b.remove("programId"), "programId"));
        cases.add(participant(
                "programId with spaces and capitals", b -> b.put("programId", "Recovery North"), "programId"));
        cases.add(participant("missing firstName", b -> b.remove("firstName"), "firstName"));
        cases.add(participant("firstName over 100 characters", b -> b.put("firstName", "A".repeat(101)), "firstName"));
        cases.add(participant("missing birthYear", b -> b.remove("birthYear"), "birthYear"));
        cases.add(participant("birthYear before 1900", b -> b.put("birthYear", 1850), "birthYear"));
        cases.add(participant(
                "birthYear in the future", b -> b.put("birthYear", Year.now().getValue() + 1), "birthYear"));
        cases.add(participant("birthYear of the wrong type", b -> b.put("birthYear", "nineteen"), "birthYear"));
        cases.add(participant("unknown gender", b -> b.put("gender", "ROBOT"), "gender"));
        cases.add(participant("no languages", b -> b.putArray("languages"), "languages"));
        cases.add(participant(
                "a language that is not ISO 639-1", b -> b.putArray("languages").add("english"), "languages[0]"));
        cases.add(participant("languages as text, not a list", b -> b.put("languages", "en"), "languages"));
        cases.add(participant("an unknown timezone", b -> b.put("timezone", "Mars/Olympus_Mons"), "timezone"));
        cases.add(participant("missing timezone", b -> b.remove("timezone"), "timezone"));
        cases.add(participant("missing primaryIssue", b -> b.remove("primaryIssue"), "primaryIssue"));
        cases.add(participant(
                "primaryIssue outside the taxonomy", b -> b.put("primaryIssue", "SADNESS"), "primaryIssue"));
        cases.add(participant(
                "a secondary issue outside the taxonomy",
                b -> b.putArray("issues").add("ANXIETY").add("BOREDOM"),
                "issues[1]"));
        cases.add(participant("no formats", b -> b.putArray("formats"), "formats"));
        cases.add(participant("an unknown format", b -> b.putArray("formats").add("TELEPATHY"), "formats[0]"));
        cases.add(participant("IN_PERSON without region", b -> b.remove("region"), "region"));
        cases.add(participant("no availability", b -> b.putArray("availability"), "availability"));
        cases.add(participant("a slot whose end equals its start", slot("18:00", "18:00"), "availability[0].end"));
        cases.add(participant("a slot whose end is before its start", slot("20:00", "18:00"), "availability[0].end"));
        cases.add(participant(
                "a slot starting at 25:00", slot("25:00", "26:00"), "availability[0].end", "availability[0].start"));
        cases.add(participant(
                "a slot on an unknown day",
                b -> ((ObjectNode) b.get("availability").get(0)).put("day", "FUNDAY"),
                "availability[0].day"));
        cases.add(participant(
                "consent to data processing not given",
                b -> ((ObjectNode) b.get("consent")).put("dataProcessing", false),
                "consent.dataProcessing"));
        cases.add(participant("missing consent", b -> b.remove("consent"), "consent"));
        cases.add(participant("contactByEmail without email", b -> b.remove("email"), "email"));
        cases.add(participant("an email that is not one", b -> b.put("email", "not-an-email"), "email"));
        cases.add(participant(
                "an unknown mentor gender preference",
                b -> b.put("mentorGenderPreference", "TALL"),
                "mentorGenderPreference"));
        cases.add(participant("an unknown urgency", b -> b.put("urgency", "EXTREME"), "urgency"));
        cases.add(participant(
                "several bad fields at once",
                b -> {
                    b.remove("firstName");
                    b.put("timezone", "Nowhere/Land");
                    ((ObjectNode) b.get("availability").get(0)).put("end", "17:00");
                },
                "availability[0].end",
                "firstName",
                "timezone"));
        cases.add(new Case("an empty body", HttpMethod.POST, "/api/participants", "", List.of()));
        cases.add(new Case(
                "an empty JSON object",
                HttpMethod.POST,
                "/api/participants",
                "{}",
                List.of(
                        "birthYear",
                        "consent",
                        "firstName",
                        "formats",
                        "gender",
                        "languages",
                        "primaryIssue",
                        "programId",
                        "timezone")));
        cases.add(new Case("a body that is not JSON", HttpMethod.POST, "/api/participants", "name=Ana", List.of()));
        cases.add(new Case("a JSON array instead of an object", HttpMethod.POST, "/api/participants", "[]", List.of()));
        cases.add(participant("a body over 1 MiB", b -> b.put("notes", TOO_BIG)));
        // mentors
        cases.add(mentor("capacity 0", b -> b.put("capacity", 0), "capacity"));
        cases.add(mentor("capacity 21", b -> b.put("capacity", 21), "capacity"));
        cases.add(mentor("capacity of the wrong type", b -> b.put("capacity", "three"), "capacity"));
        cases.add(mentor("missing email", b -> b.remove("email"), "email"));
        cases.add(mentor("no lived experience", b -> b.putArray("livedExperience"), "livedExperience"));
        cases.add(mentor(
                "trained for an unknown issue", b -> b.putArray("trainedFor").add("NOPE"), "trainedFor[0]"));
        cases.add(mentor(
                "a mentor IN_PERSON without region", b -> b.putArray("formats").add("IN_PERSON"), "region"));
        cases.add(mentor("a mentor slot whose end is before its start", slot("12:00", "10:00"), "availability[0].end"));
        // changes
        cases.add(
                change("a change with a slot ending before it starts", slot("20:00", "19:00"), "availability[0].end"));
        cases.add(change("a change without firstName", b -> b.remove("firstName"), "firstName"));
        cases.add(change(
                "a change withdrawing consent to data processing",
                b -> ((ObjectNode) b.get("consent")).put("dataProcessing", false),
                "consent.dataProcessing"));
        cases.add(new Case(
                "a change that is not JSON", HttpMethod.PUT, "/api/participants/{existing}", "<xml/>", List.of()));
        cases.add(change("a change over 1 MiB", b -> b.put("notes", TOO_BIG)));
        return cases.stream();
    }

    @BeforeAll
    void registerTheParticipantTheChangesTarget() {
        connect();
        existingParticipant = register("/api/participants", inTheProgram(Bodies.participant()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsRefusedWithTheFieldsNamedAndNothingStored(Case bad) {
        long participants = count("participants");
        long mentors = count("mentors");

        ProblemAnswer problem = refused(bad);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isNotBlank();
        assertThat(problem.detail()).isNotBlank();
        if (!bad.fields().isEmpty()) {
            assertThat(problem.errors()).extracting(FieldError::field).containsAll(bad.fields());
            assertThat(problem.errors())
                    .allSatisfy(error -> assertThat(error.message()).isNotBlank());
        }
        assertThat(count("participants")).isEqualTo(participants);
        assertThat(count("mentors")).isEqualTo(mentors);
        http.get()
                .uri("/api/participants/{id}", existingParticipant)
                .exchange()
                .expectBody()
                .jsonPath("$.version")
                .isEqualTo(1)
                .jsonPath("$.firstName")
                .isEqualTo("Ana");
    }

    @Test
    void nothingOfTheBadInputIsPublished() {
        cases().forEach(this::refused);
        String marker = register("/api/participants", Bodies.participantIn(PROGRAM));

        try (TopicProbe participants = new TopicProbe(bootstrapServers(), Topics.PARTICIPANT_PROFILES);
                TopicProbe mentors = new TopicProbe(bootstrapServers(), Topics.MENTOR_PROFILES)) {
            participants.awaitRecords(marker, records -> records.size() == 1);
            // read every partition to its end: the marker's partition may be read before the target's
            List<ConsumerRecord<String, byte[]>> aboutTheTarget = participants.recordsToEnd().stream()
                    .filter(record -> existingParticipant.equals(record.key()))
                    .toList();
            assertThat(aboutTheTarget).hasSize(1);
            assertThat(new String(aboutTheTarget.get(0).value())).contains("\"version\":1");
            assertThat(mentors.records())
                    .noneMatch(record -> record.value() != null // tombstones of erasure tests
                            && new String(record.value()).contains(PROGRAM));
        }
    }

    /** The problem details the bad request is answered with, after checking it is a 400 in that shape. */
    private ProblemAnswer refused(Case bad) {
        return http.method(bad.method())
                .uri(bad.path().replace("{existing}", existingParticipant))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(bad.body())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(ProblemAnswer.class)
                .returnResult()
                .getResponseBody();
    }

    private static Case participant(String name, Consumer<ObjectNode> change, String... fields) {
        return sent(name, HttpMethod.POST, "/api/participants", Bodies.participant(), change, fields);
    }

    private static Case mentor(String name, Consumer<ObjectNode> change, String... fields) {
        return sent(name, HttpMethod.POST, "/api/mentors", inTheProgram(Bodies.mentor()), change, fields);
    }

    private static Case change(String name, Consumer<ObjectNode> change, String... fields) {
        return sent(
                name,
                HttpMethod.PUT,
                "/api/participants/{existing}",
                inTheProgram(Bodies.participant()),
                change,
                fields);
    }

    /** The case of sending this body, so changed, which is refused naming these fields. */
    private static Case sent(
            String name,
            HttpMethod method,
            String path,
            ObjectNode body,
            Consumer<ObjectNode> change,
            String... fields) {
        return new Case(name, method, path, Bodies.with(body, change).toString(), List.of(fields));
    }

    private static ObjectNode inTheProgram(ObjectNode body) {
        return Bodies.with(body, b -> b.put("programId", PROGRAM));
    }

    private static Consumer<ObjectNode> slot(String start, String end) {
        return b -> {
            ObjectNode slot = (ObjectNode) b.get("availability").get(0);
            slot.put("start", start);
            slot.put("end", end);
        };
    }
}
