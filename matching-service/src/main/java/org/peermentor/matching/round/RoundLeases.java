package org.peermentor.matching.round;

import java.time.Clock;
import java.time.Duration;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.service.store.StoreOutages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every third of a lease: renews the leases of the rounds running here, then takes over those whose instance let
 * theirs run out ({@link RoundRecovery#takeOver}). A failed pass is logged and the next one tries again.
 */
@Component
record RoundLeases(
        RoundService service, RoundStore rounds, RoundRecovery recovery, MatchingProperties properties, Clock clock)
        implements PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(RoundLeases.class);

    /** Renews the leases of the rounds running here. */
    Mono<Void> renew() {
        return Mono.defer(() -> rounds.renew(
                service.heldHere(), clock.instant().plus(properties.rounds().lease())));
    }

    @Override
    public Disposable subscribe() {
        Duration every = properties.rounds().lease().dividedBy(3);
        return Flux.interval(every, every)
                .onBackpressureDrop()
                .concatMap(tick -> renew().then(recovery.takeOver()).onErrorResume(failure -> {
                    if (!StoreOutages.isOutage(failure)) {
                        log.warn(
                                "Renewing or taking over rounds failed: {}",
                                failure.getClass().getName());
                    }
                    return Mono.empty();
                }))
                .subscribe();
    }
}
