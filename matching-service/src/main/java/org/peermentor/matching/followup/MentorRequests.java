package org.peermentor.matching.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.peermentor.matching.pairing.PairingService;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.pairing.StoredPairing;
import org.peermentor.matching.settings.ProgramSettings;
import org.peermentor.matching.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The mentor's request, followed up: an approved pairing whose link expired unanswered becomes EXPIRED; one not
 * answered after its program's {@code reminderAfter} (counted from when the link was issued) has its mentor reminded,
 * once, while the link still works. A pairing that fails is logged by id and tried again by the next sweep.
 */
@Component
record MentorRequests(PairingStore store, PairingService pairings, SettingsStore settings) implements FollowUpStep {
    private static final Logger log = LoggerFactory.getLogger(MentorRequests.class);

    @Override
    public Mono<Void> sweep(Instant now) {
        return expireLinks(now).then(remindMentors(now));
    }

    private Mono<Void> expireLinks(Instant now) {
        return store.linksExpired(now)
                .concatMap(expired ->
                        pairings.expire(expired.id()).onErrorResume(failure -> failed("expire", expired, failure)))
                .then();
    }

    private Mono<Void> remindMentors(Instant now) {
        return store.notReminded(now)
                .collectList()
                .flatMap(waiting -> reminderAfter(waiting)
                        .flatMapMany(after -> Flux.fromIterable(waiting)
                                .filter(pairing -> reminderDue(
                                        pairing, after.get(pairing.pairing().programId()), now)))
                        .concatMap(due -> pairings.remind(due).onErrorResume(failure -> failed("remind", due, failure)))
                        .then());
    }

    /** Each program's {@code reminderAfter}, read once per sweep. */
    private Mono<Map<String, Duration>> reminderAfter(List<StoredPairing> pairings) {
        return Flux.fromIterable(pairings)
                .map(pairing -> pairing.pairing().programId())
                .distinct()
                .concatMap(settings::get)
                .collectMap(ProgramSettings::programId, ProgramSettings::reminderAfter);
    }

    /**
     * Due once {@code reminderAfter} has passed since the link was issued; a pairing approved before links kept that
     * time counts from its last change, which was its approval.
     */
    private static boolean reminderDue(StoredPairing pairing, Duration reminderAfter, Instant now) {
        Instant issued =
                pairing.followUp().linkIssuedAt() != null ? pairing.followUp().linkIssuedAt() : pairing.updatedAt();
        return reminderAfter != null
                && issued != null
                && !issued.plus(reminderAfter).isAfter(now);
    }

    private static <T> Mono<T> failed(String what, StoredPairing pairing, Throwable failure) {
        log.warn(
                "Could not {} pairing {}; the next sweep tries again: {}",
                what,
                pairing.id(),
                failure.getClass().getName());
        return Mono.empty();
    }
}
