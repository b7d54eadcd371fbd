package org.peermentor.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.matching.support.Scene;
import org.peermentor.matching.support.Scene.Part;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

/**
 * Every write body, stuffed with fields the server owns ({@code id}, {@code status}, {@code version}, times,
 * scores, the program): the request does what its writable fields ask and nothing of the rest.
 */
class MassAssignmentTest extends RunningMatching {

    private static final String SERVER_OWNED = "\"id\":\"chosen-by-client\",\"status\":\"ACCEPTED\",\"version\":42,"
            + "\"programId\":\"another-program\",\"registeredAt\":\"2001-01-01T00:00:00Z\","
            + "\"startedAt\":\"2001-01-01T00:00:00Z\",\"completedAt\":\"2001-01-01T00:00:01Z\","
            + "\"createdAt\":\"2001-01-01T00:00:00Z\",\"updatedAt\":\"2001-01-01T00:00:00Z\","
            + "\"score\":\"0hard/-99medium/0soft\",\"matchedCount\":99,\"unmatchedCount\":0,\"automatic\":true,"
            + "\"roundId\":\"chosen-round\",\"explanation\":[\"Chosen by the client\"],\"sharedIssue\":\"GAMBLING\","
            + "\"participantStatus\":\"WAITING\",\"responseNonce\":\"chosen\",\"pairings\":[],\"unmatched\":[]";

    @Test
    void aRoundStartTakesOnlyItsTimeLimitFromTheBody() {
        Instant asked = Instant.now();
        anaAndMia();

        Map<String, Object> started = postJson(
                "/api/programs/" + cohort.programId + "/rounds", "{" + SERVER_OWNED + ",\"timeLimitSeconds\":5}", 202);
        assertThat(started.get("id")).isNotEqualTo("chosen-by-client");
        assertThat(started.get("status")).isEqualTo("SOLVING");
        Map<String, Object> round = awaitRound((String) started.get("id"));

        assertThat(round)
                .containsEntry("programId", cohort.programId)
                .containsEntry("status", "COMPLETED")
                .containsEntry("matchedCount", 1)
                .containsEntry("automatic", false);
        assertThat((String) round.get("score")).isNotEqualTo("0hard/-99medium/0soft");
        assertThat(Instant.parse((String) round.get("startedAt"))).isAfterOrEqualTo(asked.minusSeconds(1));
        assertThat(rawCount("rounds", "_id", "chosen-by-client")).isZero();
        assertThat(rawCount("rounds", "programId", "another-program")).isZero();
    }

    @Test
    void aDryRunTakesOnlyItsWeightsFromTheBody() {
        Map<String, Object> started = postJson(
                "/api/programs/" + cohort.programId + "/rounds",
                "{" + SERVER_OWNED + ",\"dryRun\":true,\"weights\":{\"overlap\":0},"
                        + "\"comparedTo\":{\"roundId\":\"chosen-round\",\"matchedCount\":99}}",
                202);
        Map<String, Object> round = awaitRound((String) started.get("id"));

        assertThat(round)
                .containsEntry("programId", cohort.programId)
                .containsEntry("dryRun", true)
                .containsEntry("matchedCount", 0)
                .containsEntry("comparedTo", null);
        assertThat(round.get("id")).isNotEqualTo("chosen-by-client");
    }

    @Test
    void aPairingByHandTakesOnlyTheTwoPeopleFromTheBody() {
        Scene scene = scene(EnumSet.of(Part.PEOPLE));

        Map<String, Object> created = postJson(
                "/api/pairings",
                "{" + SERVER_OWNED + ",\"participantId\":\"" + scene.participantId + "\",\"mentorId\":\""
                        + scene.mentorId + "\"}",
                201);

        assertThat(created.get("id")).isNotEqualTo("chosen-by-client");
        assertThat(created)
                .containsEntry("status", "APPROVED")
                .containsEntry("version", 1)
                .containsEntry("programId", scene.programId)
                .containsEntry("roundId", null)
                .containsEntry("sharedIssue", "GRIEF")
                .containsEntry("participantId", scene.participantId);
        assertThat(strings(created.get("explanation"))).first().isEqualTo("Paired by hand by a program manager");
        assertThat(Instant.parse((String) created.get("createdAt"))).isAfter(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(rawCount("pairings", "_id", "chosen-by-client")).isZero();
        assertThat(rawCount("pairings", "responseNonce", "chosen")).isZero();
    }

    @Test
    void approvingRejectingAndEndingIgnoreEverythingButTheReasonAndRematch() {
        Scene scene = scene(EnumSet.of(Part.PROPOSED, Part.ACCEPTED));
        Scene other = scene(EnumSet.of(Part.PROPOSED));

        Map<String, Object> approved =
                postJson("/api/pairings/" + scene.proposedId + "/approve", "{" + SERVER_OWNED + "}", 200);
        Map<String, Object> rejected = postJson(
                "/api/pairings/" + other.proposedId + "/reject",
                "{" + SERVER_OWNED + ",\"reason\":\"Prefers someone older\"}",
                200);
        Map<String, Object> ended = postJson(
                "/api/pairings/" + scene.acceptedId + "/end",
                "{" + SERVER_OWNED + ",\"reason\":\"Moved away\",\"rematch\":true}",
                200);

        assertThat(approved)
                .containsEntry("id", scene.proposedId)
                .containsEntry("status", "APPROVED")
                .containsEntry("version", 2)
                .containsEntry("programId", scene.programId);
        assertThat(rejected)
                .containsEntry("id", other.proposedId)
                .containsEntry("status", "REJECTED")
                .containsEntry("version", 2)
                .containsEntry("reason", "Prefers someone older");
        assertThat(ended)
                .containsEntry("id", scene.acceptedId)
                .containsEntry("status", "ENDED")
                .containsEntry("rematch", true)
                .containsEntry("reason", "Moved away");
        assertThat(strings(approved.get("explanation"))).doesNotContain("Chosen by the client");
    }

    @Test
    void aMentorsAnswerIgnoresAnyBody() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));

        Map<String, Object> accepted = okObject(client(null)
                .post()
                .uri("/api/pairings/{id}/accept?token={t}", scene.approvedId, scene.approvedLink)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{" + SERVER_OWNED.replace("ACCEPTED", "DECLINED") + "}")
                .exchange());

        assertThat(accepted)
                .containsEntry("id", scene.approvedId)
                .containsEntry("status", "ACCEPTED")
                .containsEntry("version", 2);
    }

    @Test
    void settingsTakeOnlyTheirOwnFieldsAndStayWithTheProgramInThePath() {
        Map<String, Object> changed =
                okObject(changeSettings(cohort.programId, "{" + SERVER_OWNED + ",\"minOverlapMinutes\":45}"));

        assertThat(changed).containsEntry("programId", cohort.programId).containsEntry("minOverlapMinutes", 45);
        Document stored = mongo.findById(cohort.programId, Document.class, "program_settings")
                .block();
        assertThat(stored.keySet())
                .containsOnly(
                        "_id",
                        "minOverlapMinutes",
                        "autoApprove",
                        "settleTimeSeconds",
                        "weights",
                        "reminderAfter",
                        "checkIns",
                        "rematchOnNewMentorRequest");
        assertThat(mongo.findById("another-program", Document.class, "program_settings")
                        .block())
                .isNull();
    }

    private static final Class<Map<String, Object>> MAP = mapType();

    @SuppressWarnings("unchecked")
    private static Class<Map<String, Object>> mapType() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }

    private Map<String, Object> postJson(String uri, String body, int status) {
        return http.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(MAP)
                .returnResult()
                .getResponseBody();
    }

    private long rawCount(String collection, String field, Object value) {
        return mongo.count(Query.query(Criteria.where(field).is(value)), collection)
                .block();
    }
}
