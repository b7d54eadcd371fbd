package org.peermentor.matching.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.pairing.PairingView;
import org.peermentor.matching.support.AtOnce;
import org.peermentor.matching.support.Cohort;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.testkit.TestIssuer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Managers decide while rounds plan: a round held at a checkpoint — between its snapshot and its solve, or just before
 * it writes a new pairing — so the order is known, with no sleeps, while a manager approves, rejects or pairs by
 * hand, then let go. A decision made meanwhile stands, and the round applies only what still holds.
 */
class RoundsAndDecisionsTest extends RunningMatching {

    private static final Holds HOLDS = new Holds();

    @TestConfiguration
    static class HeldRounds {

        @Bean
        RoundCheckpoint roundCheckpoint() {
            return new RoundCheckpoint() {
                @Override
                public void snapshotTaken(String programId, String roundId) {
                    HOLDS.reached(HOLDS.snapshots, programId);
                }

                @Override
                public void aboutToMake(String programId, String pairingId) {
                    HOLDS.reached(HOLDS.writes, programId);
                }
            };
        }
    }

    @AfterEach
    void releaseAnyHeldRound() {
        HOLDS.releaseAll();
    }

    @Test
    void aProposalApprovedWhileARoundPlansIsKeptAndItsMentorIsNotOverfilled() {
        String anaWithMia = proposeAnaWithMia();
        ParticipantProfile bo = cohort.publish(Cohort.urgent(cohort.participant("Bo", "es", "GRIEF")));
        awaitReplica(2, 0);
        Hold hold = HOLDS.next(cohort.programId);
        String planning = startRound();
        hold.awaitReached();

        post("/api/pairings/{id}/approve", anaWithMia)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("APPROVED");
        settleAfterOneSecond();
        hold.release();
        RoundView round = awaitRound(planning);

        assertThat(pairing(anaWithMia).status()).isEqualTo(PairingStatus.APPROVED);
        assertThat(pairings(null)).hasSize(1);
        assertThat(round.pairings()).noneMatch(p -> bo.id().equals(p.participantId()));
        assertThat(reasonsFor(round, bo.id()))
                .singleElement()
                .asString()
                .startsWith("Not proposed")
                .contains("already holds 1 of 1");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> rounds().stream().anyMatch(r -> r.automatic() && r.status() == RoundStatus.COMPLETED));
        assertThat(pairings(null))
                .singleElement()
                .satisfies(p -> assertThat(p.id()).isEqualTo(anaWithMia));
    }

    @Test
    void aRejectionAndAPairingByHandMadeWhileARoundPlansStand() {
        String anaWithMia = proposeAnaWithMia();
        String ana = pairing(anaWithMia).participantId();
        ParticipantProfile dee = cohort.publish(cohort.participant("Dee", "de", "GRIEF"));
        MentorProfile dan = cohort.publish(cohort.mentor("Dan", "de", "GRIEF", 1));
        awaitReplica(2, 1);
        Hold hold = HOLDS.next(cohort.programId);
        String planning = startRound();
        hold.awaitReached();

        http.post()
                .uri("/api/pairings/{id}/reject", anaWithMia)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"Not this one\"}")
                .exchange()
                .expectStatus()
                .isOk();
        String byHand = pairByHand(dee.id(), dan.id());
        hold.release();
        RoundView round = awaitRound(planning);

        assertThat(pairing(anaWithMia).status()).isEqualTo(PairingStatus.REJECTED);
        assertThat(pairing(byHand).status()).isEqualTo(PairingStatus.APPROVED);
        assertThat(pairings(null)).extracting(PairingView::id).containsExactlyInAnyOrder(anaWithMia, byHand);
        assertThat(round.pairings())
                .filteredOn(p -> ana.equals(p.participantId()))
                .allSatisfy(p -> assertThat(p.status()).isEqualTo("REJECTED"));
        assertThat(reasonsFor(round, dee.id())).singleElement().asString().startsWith("Not proposed");
    }

    @Test
    void aPairingByHandStoredJustBeforeTheRoundWritesOutranksTheRoundsProposalForTheSameMentor() {
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        ParticipantProfile bo = cohort.publish(Cohort.urgent(cohort.participant("Bo", "es", "GRIEF")));
        MentorProfile mia = cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(2, 1);
        Hold hold = HOLDS.nextWrite(cohort.programId);
        String planning = startRound();
        hold.awaitReached();

        String byHand = pairByHand(ana.id(), mia.id());
        hold.release();
        RoundView round = awaitRound(planning);

        assertThat(pairing(byHand).status()).isEqualTo(PairingStatus.APPROVED);
        assertThat(pairings(null)).noneMatch(p -> bo.id().equals(p.participantId()));
        assertThat(round.pairings()).isEmpty();
        assertThat(reasonsFor(round, bo.id()))
                .singleElement()
                .asString()
                .startsWith("Not proposed")
                .contains("already holds 1 of 1");
    }

    @Test
    void aPairingByHandRacingAnAutoApprovingRoundsWriteNeverOverfillsTheMentor() {
        changeSettings(cohort.programId, "{\"autoApprove\":true}")
                .expectStatus()
                .isOk();
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        cohort.publish(Cohort.urgent(cohort.participant("Bo", "es", "GRIEF")));
        MentorProfile mia = cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(2, 1);
        Hold hold = HOLDS.nextWrite(cohort.programId);
        String planning = startRound();
        hold.awaitReached();

        List<EntityExchangeResult<byte[]>> answers = atOnce(
                () -> http.post()
                        .uri("/api/pairings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("participantId", ana.id(), "mentorId", mia.id()))
                        .exchange()
                        .expectBody()
                        .returnResult(),
                () -> {
                    hold.release();
                    return null;
                });
        awaitRound(planning);

        assertThat(pairings(null))
                .filteredOn(p -> p.status() != PairingStatus.SUPERSEDED)
                .singleElement()
                .satisfies(p -> assertThat(p.mentorId()).isEqualTo(mia.id()));
        assertThat(answers.get(0).getStatus().value()).isIn(201, 422);
    }

    @Test
    void ofTwoManagersDecidingOneProposalAtOnceOneWinsAndTheOtherIsToldWhy() {
        String proposal = proposeAnaWithMia();
        WebTestClient ida = client(TestIssuer.person("ida", "Ida", "staff-console", List.of("PROGRAM_MANAGER"), null));
        WebTestClient max = client(TestIssuer.person("max", "Max", "staff-console", List.of("PROGRAM_MANAGER"), null));

        List<EntityExchangeResult<byte[]>> answers =
                atOnce(() -> decide(ida, proposal, "approve"), () -> decide(max, proposal, "reject"));

        List<EntityExchangeResult<byte[]>> won =
                answers.stream().filter(a -> a.getStatus().value() == 200).toList();
        List<EntityExchangeResult<byte[]>> lost =
                answers.stream().filter(a -> a.getStatus().value() == 409).toList();
        assertThat(won).hasSize(1);
        assertThat(lost).hasSize(1);
        PairingStatus stored = pairing(proposal).status();
        assertThat(new String(lost.get(0).getResponseBodyContent()))
                .contains("This proposal was already " + stored.name().toLowerCase());
        assertThat(lost.get(0).getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void ofManyApprovalsOfOneProposalAtOnceExactlyOneIsStoredAndAudited() {
        String proposal = proposeAnaWithMia();

        List<EntityExchangeResult<byte[]>> answers = atOnce(IntStream.range(0, 6)
                .mapToObj(i -> (Decision) () -> decide(http, proposal, "approve"))
                .toArray(Decision[]::new));

        assertThat(answers)
                .extracting(a -> a.getStatus().value())
                .containsOnlyOnce(200)
                .containsOnly(200, 409);
        assertThat(answers)
                .filteredOn(a -> a.getStatus().value() == 409)
                .allSatisfy(a -> assertThat(new String(a.getResponseBodyContent()))
                        .contains("This proposal was already approved"));
        assertThat(trail(proposal)).hasSize(1);
    }

    /** Ana and Mia, who fit each other, and the proposal a round makes of them. */
    private String proposeAnaWithMia() {
        cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(1, 1);
        return onlyPairingOf(round(null));
    }

    private static EntityExchangeResult<byte[]> decide(WebTestClient manager, String id, String decision) {
        WebTestClient.RequestBodySpec request = manager.post().uri("/api/pairings/{id}/" + decision, id);
        return (decision.equals("reject")
                        ? request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                        : request)
                .exchange()
                .expectBody()
                .returnResult();
    }

    /** One call of a race: a decision, or the release of a held round. */
    @FunctionalInterface
    private interface Decision extends Supplier<EntityExchangeResult<byte[]>> {}

    /** Sends every decision from a thread of its own, all let go at the same moment. */
    private static List<EntityExchangeResult<byte[]>> atOnce(Decision... decisions) {
        return AtOnce.send(List.of(decisions));
    }

    private String startRound() {
        return startedRound(post("/api/programs/{p}/rounds", cohort.programId));
    }

    private void settleAfterOneSecond() {
        changeSettings(cohort.programId, "{\"settleTimeSeconds\":1}")
                .expectStatus()
                .isOk();
    }

    private List<RoundView> rounds() {
        return readList(RoundView.class, "/api/programs/{p}/rounds", cohort.programId);
    }

    private static String onlyPairingOf(RoundView round) {
        assertThat(round.pairings()).hasSize(1);
        return round.pairings().get(0).id();
    }

    private static List<String> reasonsFor(RoundView round, String participantId) {
        return round.unmatched().stream()
                .filter(u -> participantId.equals(u.participantId()))
                .flatMap(u -> u.reasons().stream())
                .toList();
    }

    /** The rounds to hold at a checkpoint, one per program and checkpoint, each let go by its test. */
    static final class Holds {

        private final Map<String, Hold> snapshots = new ConcurrentHashMap<>();
        private final Map<String, Hold> writes = new ConcurrentHashMap<>();

        /** Holds the program's next round once it has taken its snapshot. */
        Hold next(String programId) {
            return hold(snapshots, programId);
        }

        /** Holds the program's next round just before it writes its first new pairing. */
        Hold nextWrite(String programId) {
            return hold(writes, programId);
        }

        private static Hold hold(Map<String, Hold> at, String programId) {
            Hold hold = new Hold();
            at.put(programId, hold);
            return hold;
        }

        void reached(Map<String, Hold> at, String programId) {
            Hold hold = at.remove(programId);
            if (hold != null) {
                hold.stopHere();
            }
        }

        void releaseAll() {
            for (Map<String, Hold> at : List.of(snapshots, writes)) {
                at.values().forEach(Hold::release);
                at.clear();
            }
        }
    }

    /** One held round: it signals that it reached its checkpoint, then waits to be let go. */
    static final class Hold {

        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);

        void stopHere() {
            reached.countDown();
            try {
                release.await(2, TimeUnit.MINUTES); // a failed test lets go in its clean-up; this is the backstop
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Until the held round has reached its checkpoint. */
        void awaitReached() {
            await().atMost(Duration.ofSeconds(60)).until(() -> reached.getCount() == 0);
        }

        void release() {
            release.countDown();
        }
    }
}
