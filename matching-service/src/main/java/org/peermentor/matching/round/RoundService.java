package org.peermentor.matching.round;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.peermentor.contracts.Pairing;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.matching.erasure.Erasure;
import org.peermentor.matching.pairing.PairingService;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.profile.PersonKind;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.program.PairingWriteLock;
import org.peermentor.matching.settings.SettingsStore;
import org.peermentor.matching.solver.MatchingResult;
import org.peermentor.matching.solver.MatchingSolver;
import org.peermentor.service.store.StoreOutages;
import org.peermentor.service.web.Paging;
import org.peermentor.service.web.ProblemException;
import org.peermentor.service.web.Redacted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Runs matching rounds: one at a time per program, solved on a bounded pool of solver threads (never a Kafka
 * listener thread or a Netty event loop), stored with their outcome, then applied to the pairings.
 */
@Service
public class RoundService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RoundService.class);

    private final RoundStore rounds;
    private final RoundLocks locks;
    private final ProfileReplica profiles;
    private final PairingStore pairings;
    private final PairingService pairingService;
    private final SettingsStore settings;
    private final MatchingProperties.Rounds limits;
    private final Erasure erasure;
    private final StillHolds stillHolds;
    private final PairingWriteLock writeLock;
    private final RoundTrigger trigger;
    private final RoundCheckpoint checkpoint;
    private final Clock clock;
    private final MatchingSolver solver = new MatchingSolver();
    private final Scheduler solverThreads;
    private final Map<String, MatchRound> solvingHere = new ConcurrentHashMap<>();

    RoundService(
            RoundStore rounds,
            RoundLocks locks,
            ProfileReplica profiles,
            PairingStore pairings,
            PairingService pairingService,
            SettingsStore settings,
            Erasure erasure,
            StillHolds stillHolds,
            PairingWriteLock writeLock,
            RoundTrigger trigger,
            ObjectProvider<RoundCheckpoint> checkpoint,
            MatchingProperties properties,
            Clock clock) {
        this.rounds = rounds;
        this.locks = locks;
        this.profiles = profiles;
        this.pairings = pairings;
        this.pairingService = pairingService;
        this.settings = settings;
        this.erasure = erasure;
        this.stillHolds = stillHolds;
        this.writeLock = writeLock;
        this.trigger = trigger;
        this.checkpoint = checkpoint.getIfAvailable(() -> RoundCheckpoint.NONE);
        this.limits = properties.rounds();
        this.clock = clock;
        this.solverThreads = Schedulers.fromExecutorService(
                Executors.newFixedThreadPool(limits.solverThreads(), runnable -> {
                    Thread thread = new Thread(runnable, "round-solver");
                    thread.setDaemon(true);
                    return thread;
                }),
                "round-solver");
    }

    /** Starts a round and answers at once; the round solves in the background. 409 while one runs. */
    public Mono<MatchRound> start(String programId, RoundRequest request, boolean automatic) {
        RoundRequest asked = request == null ? RoundRequest.DEFAULT : request;
        Duration timeLimit = RoundRequestCheck.timeLimit(programId, asked, limits);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Mono<Void> lock = asked.isDryRun()
                ? Mono.empty()
                : locks.acquire(programId, id, now)
                        .flatMap(holder -> holder.equals(id)
                                ? Mono.<Void>empty()
                                : Mono.error(ProblemException.conflict(
                                        "Round in progress",
                                        (holder.equals(RoundLocks.CHANGING_HANDS) ? "Another round" : "Round " + holder)
                                                + " is planning this program; wait for it to finish.")));
        return lock.then(settings.get(programId))
                .flatMap(current -> rounds.insert(
                        MatchRound.solving(
                                id,
                                programId,
                                asked.isDryRun(),
                                automatic,
                                now,
                                RoundPlanner.weights(current, asked.weights())),
                        now.plus(limits.lease())))
                .doOnNext(solving -> run(solving, timeLimit).subscribe());
    }

    /** The rounds this instance is running (solving, or making their changes): it renews their leases. */
    Set<String> heldHere() {
        return Set.copyOf(solvingHere.keySet());
    }

    public Mono<MatchRound> find(String id) {
        return rounds.find(id).switchIfEmpty(Mono.error(() -> ProblemException.notFound("round", id)));
    }

    public Flux<MatchRound> ofProgram(String programId, Paging paging) {
        return rounds.ofProgram(programId, paging);
    }

    /** Whether anyone in the program is waiting to be placed: automatic rounds skip empty programs. */
    public Mono<Boolean> hasPlaceable(String programId) {
        return snapshot(programId)
                .map(snapshot -> !RoundPlanner.problem(
                                programId, snapshot, snapshot.settings().weights(), clock.instant())
                        .participants()
                        .isEmpty());
    }

    private Mono<Void> run(MatchRound solving, Duration timeLimit) {
        String programId = solving.programId();
        solvingHere.put(solving.id(), solving);
        return snapshot(programId)
                .flatMap(snapshot -> Mono.fromCallable(() -> solve(solving, snapshot, timeLimit))
                        .subscribeOn(solverThreads)
                        .flatMap(result -> solving.dryRun()
                                ? lastReal(programId)
                                        .map(Optional::of)
                                        .defaultIfEmpty(Optional.empty())
                                        .map(last -> RoundPlanner.dryRunOutcome(
                                                solving, result, last.orElse(null), clock.instant()))
                                : Mono.just(RoundPlanner.outcome(
                                        solving,
                                        result,
                                        snapshot,
                                        snapshot.settings().autoApprove(),
                                        clock.instant()))))
                // From here every step is safe to repeat, and is repeated while the store is away: a round whose
                // outcome, pairings or unlock were cut off by an outage would otherwise keep its program locked, or
                // leave its pairings half made until a restart.
                .flatMap(outcome -> Mono.defer(() -> rounds.complete(outcome)).retryWhen(whileTheStoreIsAway()))
                .flatMap(completed -> Mono.defer(() -> apply(completed)).retryWhen(whileTheStoreIsAway()))
                .onErrorResume(failure -> {
                    log.error("Round {} of program {} failed", solving.id(), programId, Redacted.of(failure));
                    MatchRound failed = RoundPlanner.failed(solving, "The round could not finish.", clock.instant());
                    return Mono.defer(() -> rounds.complete(failed))
                            .retryWhen(whileTheStoreIsAway())
                            .then();
                })
                .then(Mono.defer(() -> solving.dryRun()
                        ? Mono.<Void>empty()
                        : Mono.defer(() -> locks.release(programId, solving.id()))
                                .retryWhen(whileTheStoreIsAway())))
                .doFinally(signal -> solvingHere.remove(solving.id()));
    }

    private static Retry whileTheStoreIsAway() {
        return Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200))
                .maxBackoff(Duration.ofSeconds(10))
                .filter(StoreOutages::isOutage);
    }

    private MatchingResult solve(MatchRound solving, ProgramSnapshot snapshot, Duration timeLimit) {
        if (!solving.dryRun()) {
            checkpoint.snapshotTaken(solving.programId(), solving.id());
        }
        var problem = RoundPlanner.problem(solving.programId(), snapshot, solving.weights(), clock.instant());
        Duration unimproved = limits.unimprovedLimit().compareTo(timeLimit) < 0 ? limits.unimprovedLimit() : timeLimit;
        MatchingResult result = solver.solve(problem, timeLimit, unimproved);
        log.info(
                "Round {} of program {}: {} of {} placeable participants matched (maximum {}), score {}",
                solving.id(),
                solving.programId(),
                result.matchedCount(),
                problem.participants().size(),
                result.maximumMatchable(),
                result.score());
        return result;
    }

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
        return Mono.fromRunnable(() -> checkpoint.aboutToMake(proposal.programId(), change.pairingId()))
                .subscribeOn(solverThreads)
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

    Mono<ProgramSnapshot> snapshot(String programId) {
        return Mono.zip(
                        profiles.participants(programId).collectList(),
                                profiles.mentors(programId).collectList(),
                        pairings.ofProgram(programId, null).collectList(), settings.get(programId))
                .map(all -> new ProgramSnapshot(all.getT1(), all.getT2(), all.getT3(), all.getT4()));
    }

    private Mono<MatchRound> lastReal(String programId) {
        return rounds.ofProgram(programId)
                .filter(round -> !round.dryRun() && round.status() == RoundStatus.COMPLETED)
                .next();
    }

    /**
     * A stop does not wait for rounds still solving (a round may run for minutes): each is marked FAILED, having
     * changed nothing, and its program unlocked, while the store is still there; then the solvers are stopped. A
     * round that completes in the meantime keeps its outcome: whichever write comes first wins.
     */
    @Override
    public void destroy() {
        try {
            Flux.fromIterable(solvingHere.values())
                    .concatMap(round -> rounds.complete(RoundPlanner.failed(
                                    round,
                                    "Interrupted by a shutdown before it " + "completed; nothing was changed.",
                                    clock.instant()))
                            .doOnNext(failed -> log.warn(
                                    "Round {} of program {} was still solving at shutdown; marked " + "FAILED",
                                    failed.id(),
                                    failed.programId()))
                            .flatMap(failed -> unlock(round)))
                    .then()
                    .block(Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            log.warn(
                    "Rounds still solving at shutdown are marked FAILED at the next start: {}",
                    e.getClass().getName());
        } finally {
            solverThreads.dispose();
        }
    }

    private Mono<Void> unlock(MatchRound round) {
        return round.dryRun() ? Mono.empty() : locks.release(round.programId(), round.id());
    }
}
