package org.peermentor.matching.erasure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.peermentor.matching.pairing.Departures;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.profile.PersonKind;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.program.RoundNudge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A person erased in intake (a tombstone on their profile topic) is forgotten here too: their replica document
 * goes, their open pairings close as for a withdrawal ({@link Departures#personLeft}), and every pairing and round naming them names
 * {@link PairingStore#ERASED} instead, so counts stay and nothing leads back to them; their check-in answers go, and so
 * does every check-in note on their pairings (the other person's may speak of them). Matching never stores a
 * name, email or phone outside the replica. Unknown ids and replays find nothing to do.
 */
@Service
public record Erasure(
        ProfileReplica replica, PairingStore pairings, Departures departures, RoundHistory rounds, RoundNudge trigger) {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    /** The person's tombstone arrived. */
    public Mono<Void> forget(PersonKind kind, String personId) {
        return replica.forget(kind, personId)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(program ->
                        scrub(kind, personId).then(Mono.fromRunnable(() -> program.ifPresent(trigger::nudge))));
    }

    /**
     * After a round: anyone it names who is no longer in the replica was erased while it was solving, after the
     * erasure had already scrubbed what it found.
     */
    public Mono<Void> sweep(Collection<String> participantIds, Collection<String> mentorIds) {
        return Flux.concat(missing(PersonKind.PARTICIPANT, participantIds), missing(PersonKind.MENTOR, mentorIds))
                .concatMap(gone -> scrub(gone.kind(), gone.id()))
                .then();
    }

    private Flux<Gone> missing(PersonKind kind, Collection<String> ids) {
        List<String> named = ids.stream()
                .filter(id -> !PairingStore.ERASED.equals(id))
                .distinct()
                .toList();
        return replica.present(kind, named)
                .flatMapMany(present -> Flux.fromIterable(named).filter(id -> !present.contains(id)))
                .map(id -> new Gone(kind, id));
    }

    private Mono<Void> scrub(PersonKind kind, String personId) {
        return departures
                .personLeft(kind, personId)
                .doOnNext(closed -> trigger.nudge(closed.pairing().programId()))
                .then(Mono.zip(
                        pairings.anonymise(kind, personId), rounds.anonymise(kind, personId, PairingStore.ERASED)))
                .doOnNext(changed -> {
                    if (changed.getT1() + changed.getT2() > 0) {
                        log.info(
                                "Erased {} {}: {} pairing(s) and {} round(s) now name nobody",
                                kind,
                                personId,
                                changed.getT1(),
                                changed.getT2());
                    }
                })
                .then();
    }

    private record Gone(PersonKind kind, String id) {}
}
