package org.peermentor.matching.round;

import java.util.List;
import java.util.Set;
import org.peermentor.contracts.Pairing;
import org.peermentor.matching.erasure.Erasure;
import org.peermentor.matching.pairing.PairingService;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.profile.PersonKind;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.program.PairingWriteLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Makes a completed round's changes to the pairings, for the {@link RoundService} that ran it or, after a crash, the
 * {@link RoundRecovery} that takes it over.
 */
@Component
record RoundChanges(
        RoundStore rounds,
        RoundLocks locks,
        ProfileReplica profiles,
        PairingStore pairings,
        PairingService pairingService,
        Erasure erasure,
        StillHolds stillHolds,
        PairingWriteLock writeLock,
        RoundTrigger trigger,
        ObjectProvider<RoundCheckpoint> checkpoint,
        SolverThreads solverThreads) {

    /**
     * Makes a completed round's changes; safe to repeat, so a restart finishes what a crash interrupted. Nobody
     * erased while the round was solving is proposed, and whatever the round stored about them is scrubbed.
     * Managers may decide while a round plans, so the outcome is applied only where the round's snapshot still holds:
     * a proposal decided meanwhile is not superseded (it is no longer PROPOSED), and a new pairing is made only if
     * the pair passes every rule against what is stored now ({@link StillHolds}) — a participant approved meanwhile
     * keeps that pairing, a rejected pair is not proposed, a mentor whose place was taken is not overfilled. Such a
     * participant waits among the round's unmatched, with the reason, and the program's automatic round is nudged.
     */
    Mono<Void> apply(MatchRound round) {
        if (round.status() != RoundStatus.COMPLETED) {
            return Mono.empty();
        }
        Mono<Void> sweep =
                Mono.defer(() -> erasure.sweep(round.people(PersonKind.PARTICIPANT), round.people(PersonKind.MENTOR)));
        if (round.dryRun()) {
            return sweep;
        }
        Mono<Void> changes = Mono.zip(
                        profiles.present(PersonKind.PARTICIPANT, round.people(PersonKind.PARTICIPANT)),
                        profiles.present(PersonKind.MENTOR, round.people(PersonKind.MENTOR)))
                .flatMapMany(present -> Flux.fromIterable(round.changes())
                        .concatMap(change -> make(change, round.autoApprove(), present.getT1(), present.getT2())))
                .collectMap(Skipped::pairingId, Skipped::waiting)
                .flatMap(skipped -> skipped.isEmpty()
                        ? Mono.<Void>empty()
                        : rounds.revise(round.without(skipped))
                                .then(Mono.<Void>fromRunnable(() -> trigger.nudge(round.programId()))));
        // Unlocked before it shows as COMPLETED, so its proposals can be decided on as soon as it does.
        return changes.then(sweep)
                .then(Mono.defer(() -> locks.release(round.programId(), round.id())))
                .then(Mono.defer(() -> rounds.markApplied(round.id())));
    }

    /** Makes one change; emits the participant left waiting when a new pairing no longer holds. */
    private Mono<Skipped> make(
            PairingChange change, boolean autoApprove, Set<String> participants, Set<String> mentors) {
        if (!change.creates()) {
            return pairingService.supersede(change.pairingId()).then(Mono.empty());
        }
        Pairing proposal = change.proposal();
        if (!participants.contains(proposal.participantId()) || !mentors.contains(proposal.mentorId())) {
            return Mono.empty();
        }
        // checked and written under the program's write lock: a pairing by hand cannot slip in between
        return Mono.fromRunnable(() -> checkpoint
                        .getIfAvailable(() -> RoundCheckpoint.NONE)
                        .aboutToMake(proposal.programId(), change.pairingId()))
                .subscribeOn(solverThreads.scheduler())
                .then(writeLock.holding(
                        proposal.programId(),
                        () -> pairings.find(change.pairingId())
                                .hasElement()
                                .flatMap(madeBefore -> madeBefore
                                        ? Mono.empty()
                                        : stillHolds
                                                .whatChanged(proposal)
                                                .flatMap(changed -> changed.isEmpty()
                                                        ? made(change, autoApprove)
                                                        : Mono.just(Skipped.of(change, changed))))));
    }

    /**
     * Writes a new pairing that held a moment ago, under the program's write lock. Should the lock have been overtaken
     * as stale meanwhile, the two are read again after the write, and a proposal that lost a race with a pairing by
     * hand yields (superseded): a manager's choice outranks a round's. An auto-approved pairing has announced itself
     * to the mentor and is not taken back.
     */
    private Mono<Skipped> made(PairingChange change, boolean autoApprove) {
        Pairing proposal = change.proposal();
        return pairingService
                .propose(proposal, autoApprove)
                .then(autoApprove ? Mono.just(List.<String>of()) : stillHolds.overtaken(proposal))
                .flatMap(overtaken -> overtaken.isEmpty()
                        ? Mono.<Skipped>empty()
                        : pairingService.supersede(change.pairingId()).map(yielded -> Skipped.of(change, overtaken)));
    }

    /** A new pairing of the round that was not made, and the participant who waits instead. */
    private record Skipped(String pairingId, Unmatched waiting) {

        static Skipped of(PairingChange change, List<String> changed) {
            return new Skipped(
                    change.pairingId(),
                    new Unmatched(change.proposal().participantId(), List.of(StillHolds.reason(changed))));
        }
    }
}
