package org.peermentor.matching.round;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.profile.ProfileReplica;
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
    private final SettingsStore settings;
    private final RoundChanges changes;
    private final RoundCheckpoint checkpoint;
    private final Scheduler solverThreads;
    private final MatchingProperties.Rounds limits;
    private final Clock clock;
    private final MatchingSolver solver = new MatchingSolver();
    private final Map<String, MatchRound> solvingHere = new ConcurrentHashMap<>();

    RoundService(
            RoundStore rounds,
            RoundLocks locks,
            ProfileReplica profiles,
            PairingStore pairings,
            SettingsStore settings,
            RoundChanges changes,
            ObjectProvider<RoundCheckpoint> checkpoint,
            SolverThreads solverThreads,
            MatchingProperties properties,
            Clock clock) {
        this.rounds = rounds;
        this.locks = locks;
        this.profiles = profiles;
        this.pairings = pairings;
        this.settings = settings;
        this.changes = changes;
        this.checkpoint = checkpoint.getIfAvailable(() -> RoundCheckpoint.NONE);
        this.solverThreads = solverThreads.scheduler();
        this.limits = properties.rounds();
        this.clock = clock;
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
                .flatMap(completed -> Mono.defer(() -> changes.apply(completed)).retryWhen(whileTheStoreIsAway()))
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
     * changed nothing, and its program unlocked, while the store is still there; then the solvers are stopped
     * ({@link SolverThreads}, stopped after the beans that use it). A
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
        }
    }

    private Mono<Void> unlock(MatchRound round) {
        return round.dryRun() ? Mono.empty() : locks.release(round.programId(), round.id());
    }
}
