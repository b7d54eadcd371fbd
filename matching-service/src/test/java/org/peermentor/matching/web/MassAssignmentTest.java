package org.peermentor.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.pairing.PairingView;
import org.peermentor.matching.round.RoundStatus;
import org.peermentor.matching.round.RoundView;
import org.peermentor.matching.support.RoundAccepted;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.matching.support.Scene;
import org.peermentor.matching.support.Scene.Part;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
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

        RoundAccepted started = postJson(
                "/api/programs/" + cohort.programId + "/rounds",
                "{" + SERVER_OWNED + ",\"timeLimitSeconds\":5}",
                HttpStatus.ACCEPTED,
                RoundAccepted.class);
        assertThat(started.id()).isNotEqualTo("chosen-by-client");
        assertThat(started.status()).isEqualTo(RoundStatus.SOLVING);
        RoundView round = awaitRound(started.id());

        assertThat(round.programId()).isEqualTo(cohort.programId);
        assertThat(round.status()).isEqualTo(RoundStatus.COMPLETED);
        assertThat(round.matchedCount()).isEqualTo(1);
        assertThat(round.automatic()).isFalse();
        assertThat(round.score()).isNotEqualTo("0hard/-99medium/0soft");
        assertThat(round.startedAt()).isAfterOrEqualTo(asked.minusSeconds(1));
        assertThat(rawCount("rounds", "_id", "chosen-by-client")).isZero();
        assertThat(rawCount("rounds", "programId", "another-program")).isZero();
    }

    @Test
    void aDryRunTakesOnlyItsWeightsFromTheBody() {
        RoundAccepted started = postJson(
                "/api/programs/" + cohort.programId + "/rounds",
                "{" + SERVER_OWNED + ",\"dryRun\":true,\"weights\":{\"overlap\":0},"
                        + "\"comparedTo\":{\"roundId\":\"chosen-round\",\"matchedCount\":99}}",
                HttpStatus.ACCEPTED,
                RoundAccepted.class);
        RoundView round = awaitRound(started.id());

        assertThat(round.programId()).isEqualTo(cohort.programId);
        assertThat(round.dryRun()).isTrue();
        assertThat(round.matchedCount()).isZero();
        assertThat(round.comparedTo()).isNull();
        assertThat(round.id()).isNotEqualTo("chosen-by-client");
    }

    @Test
    void aPairingByHandTakesOnlyTheTwoPeopleFromTheBody() {
        Scene scene = scene(EnumSet.of(Part.PEOPLE));

        PairingView created = postJson(
                "/api/pairings",
                "{" + SERVER_OWNED + ",\"participantId\":\"" + scene.participantId + "\",\"mentorId\":\""
                        + scene.mentorId + "\"}",
                HttpStatus.CREATED,
                PairingView.class);

        assertThat(created.id()).isNotEqualTo("chosen-by-client");
        assertThat(created.status()).isEqualTo(PairingStatus.APPROVED);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.programId()).isEqualTo(scene.programId);
        assertThat(created.roundId()).isNull();
        assertThat(created.sharedIssue()).isEqualTo("GRIEF");
        assertThat(created.participantId()).isEqualTo(scene.participantId);
        assertThat(created.explanation()).first().isEqualTo("Paired by hand by a program manager");
        assertThat(created.createdAt()).isAfter(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(rawCount("pairings", "_id", "chosen-by-client")).isZero();
        assertThat(rawCount("pairings", "responseNonce", "chosen")).isZero();
    }

    @Test
    void approvingRejectingAndEndingIgnoreEverythingButTheReasonAndRematch() {
        Scene scene = scene(EnumSet.of(Part.PROPOSED, Part.ACCEPTED));
        Scene other = scene(EnumSet.of(Part.PROPOSED));

        PairingView approved = postJson(
                "/api/pairings/" + scene.proposedId + "/approve",
                "{" + SERVER_OWNED + "}",
                HttpStatus.OK,
                PairingView.class);
        PairingView rejected = postJson(
                "/api/pairings/" + other.proposedId + "/reject",
                "{" + SERVER_OWNED + ",\"reason\":\"Prefers someone older\"}",
                HttpStatus.OK,
                PairingView.class);
        PairingView ended = postJson(
                "/api/pairings/" + scene.acceptedId + "/end",
                "{" + SERVER_OWNED + ",\"reason\":\"Moved away\",\"rematch\":true}",
                HttpStatus.OK,
                PairingView.class);

        assertThat(approved.id()).isEqualTo(scene.proposedId);
        assertThat(approved.status()).isEqualTo(PairingStatus.APPROVED);
        assertThat(approved.version()).isEqualTo(2);
        assertThat(approved.programId()).isEqualTo(scene.programId);
        assertThat(rejected.id()).isEqualTo(other.proposedId);
        assertThat(rejected.status()).isEqualTo(PairingStatus.REJECTED);
        assertThat(rejected.version()).isEqualTo(2);
        assertThat(rejected.reason()).isEqualTo("Prefers someone older");
        assertThat(ended.id()).isEqualTo(scene.acceptedId);
        assertThat(ended.status()).isEqualTo(PairingStatus.ENDED);
        assertThat(ended.rematch()).isTrue();
        assertThat(ended.reason()).isEqualTo("Moved away");
        assertThat(approved.explanation()).doesNotContain("Chosen by the client");
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

    /** The answer to a POST of this raw JSON body, asserting its status, read as this type. */
    private <T> T postJson(String uri, String body, HttpStatus status, Class<T> type) {
        return answer(status, type, sendJson(http.post(), body, uri));
    }

    private long rawCount(String collection, String field, Object value) {
        return mongo.count(Query.query(Criteria.where(field).is(value)), collection)
                .block();
    }
}
