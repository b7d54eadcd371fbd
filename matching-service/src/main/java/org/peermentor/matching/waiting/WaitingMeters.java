package org.peermentor.matching.waiting;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.pairing.Standings;
import org.peermentor.matching.pairing.StoredPairing;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.service.metrics.GaugesByTag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads the stores every {@code peermentor.metrics.refresh-every} (15 s unless set) for two meters:
 * {@code peermentor_waiting_participants} (gauge, by program: WAITING, nobody proposed or paired) and
 * {@code peermentor_time_to_match_seconds} (histogram, by program: from registration to each pairing made since the
 * last read). Counted in one instance's reading, so with several instances each reports the same waiting list.
 */
@Component
class WaitingMeters implements SmartLifecycle {

    private final ProfileReplica profiles;
    private final PairingStore pairings;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration every;
    private final GaugesByTag waiting;
    private volatile Instant readUpTo;
    private volatile Disposable loop;

    WaitingMeters(
            ProfileReplica profiles,
            PairingStore pairings,
            MeterRegistry meters,
            Clock clock,
            @Value("${peermentor.metrics.refresh-every:PT15S}") Duration every) {
        this.profiles = profiles;
        this.pairings = pairings;
        this.meters = meters;
        this.clock = clock;
        this.every = every;
        this.waiting = new GaugesByTag(
                meters,
                "peermentor.waiting.participants",
                "Participants waiting for a mentor (nobody proposed or paired), by program",
                "program");
    }

    /** One read of every program; a store outage only leaves the meters as they were. */
    Mono<Void> read() {
        Instant from = readUpTo;
        Instant to = clock.instant();
        return profiles.participantPrograms()
                .concatMap(programId -> Mono.zip(
                                profiles.participants(programId).collectList(),
                                pairings.ofProgram(programId, null).collectList())
                        .doOnNext(both -> count(programId, both.getT1(), both.getT2(), from, to)))
                .then(Mono.fromRunnable(() -> readUpTo = to))
                .onErrorResume(failure -> Mono.empty())
                .then();
    }

    private void count(
            String programId,
            List<ParticipantProfile> participants,
            List<StoredPairing> all,
            Instant from,
            Instant to) {
        Standings standings = Standings.of(all);
        long count = participants.stream()
                .filter(p -> standings.status(p) == ProfileStatus.WAITING)
                .count();
        waiting.set(programId, count);
        Map<String, ParticipantProfile> byId =
                participants.stream().collect(Collectors.toMap(ParticipantProfile::id, p -> p, (a, b) -> a));
        Timer timeToMatch = Timer.builder("peermentor.time.to.match")
                .description("From a participant's registration to a pairing made for them, by program")
                .tag("program", programId)
                .publishPercentileHistogram()
                .register(meters);
        all.stream()
                .filter(p -> p.createdAt() != null
                        && p.createdAt().isAfter(from)
                        && !p.createdAt().isAfter(to))
                .forEach(p -> {
                    ParticipantProfile participant = byId.get(p.pairing().participantId());
                    if (participant != null && participant.registeredAt() != null) {
                        timeToMatch.record(Duration.between(participant.registeredAt(), p.createdAt()));
                    }
                });
    }

    @Override
    public void start() {
        readUpTo = clock.instant();
        loop = Flux.interval(every, every, Schedulers.boundedElastic())
                .onBackpressureDrop()
                .concatMap(tick -> read(), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable running = loop;
        loop = null;
        if (running != null) {
            running.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }
}
