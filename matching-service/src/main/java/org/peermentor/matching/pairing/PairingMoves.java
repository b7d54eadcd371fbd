package org.peermentor.matching.pairing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.bson.Document;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingBuilder;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.matching.profile.ProfileReplica;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * How a pairing moves from one status to the next, whichever move it is: read, refused (409) unless it is in the
 * status the move starts from, and written only if nobody changed it meanwhile (the write is conditional on the
 * version read; a lost race is tried again, up to three times), with the participant's status after the move, their
 * next sequence number and the event announcing it, in one document.
 */
record PairingMoves(PairingStore store, ProfileReplica profiles, Clock clock) {

    /** The participant's status if {@code changed} moved to {@code to}, given all their other pairings. */
    Mono<ProfileStatus> standingAfter(String participantId, String changedId, PairingStatus to, boolean rematch) {
        if (ParticipantStanding.matchesAlone(to, rematch)) {
            // the answer whatever the others are; reading them is a scan of every pairing on the embedded store
            return Mono.just(ProfileStatus.MATCHED);
        }
        return store.ofParticipant(participantId)
                .filter(other -> !other.id().equals(changedId))
                .collectList()
                .map(others -> {
                    List<StoredPairing> all = new ArrayList<>(others);
                    all.add(new StoredPairing(
                            withStatus(placeholder(changedId, participantId), to, 0, null, 0),
                            null,
                            rematch,
                            null,
                            null,
                            null,
                            null,
                            FollowUp.NONE));
                    return ParticipantStanding.of(all);
                });
    }

    Mono<StoredPairing> move(String id, PairingStatus from, PairingStatus to, EventFactory events, Update extra) {
        return move(id, from, to, events, extra, current -> true);
    }

    /** A move made only while {@code still} holds for the pairing read; emits nothing when it no longer does. */
    Mono<StoredPairing> move(
            String id,
            PairingStatus from,
            PairingStatus to,
            EventFactory events,
            Update extra,
            Predicate<StoredPairing> still) {
        return Mono.defer(() -> store.get(id).flatMap(current -> {
                    if (current.status() != from) {
                        return Mono.error(MoveRefusal.of(current.status(), from, to));
                    }
                    if (!still.test(current)) {
                        return Mono.<StoredPairing>empty();
                    }
                    Document set = extra.getUpdateObject().get("$set", Document.class);
                    boolean rematch = set != null && Boolean.TRUE.equals(set.get("rematch"));
                    return standingAfter(current.pairing().participantId(), id, to, rematch)
                            .zipWith(profiles.nextParticipantSequence(
                                    current.pairing().participantId()))
                            .flatMap(standing -> {
                                Instant now = clock.instant();
                                Pairing next = withStatus(
                                        current.pairing(),
                                        to,
                                        current.version() + 1,
                                        standing.getT1(),
                                        standing.getT2());
                                PairingEvent event =
                                        events.create(UUID.randomUUID().toString(), now, id, next);
                                return store.update(current, next, event, extra, now);
                            })
                            .switchIfEmpty(Mono.error(new ConcurrentChange()));
                }))
                .retryWhen(Retry.max(3).filter(ConcurrentChange.class::isInstance));
    }

    static Pairing withStatus(
            Pairing p, PairingStatus status, long version, ProfileStatus participantStatus, long sequence) {
        return PairingBuilder.builder(p)
                .status(status)
                .version(version)
                .participantStatus(participantStatus)
                .participantSequence(sequence)
                .build();
    }

    private static Pairing placeholder(String id, String participantId) {
        return PairingBuilder.builder()
                .id(id)
                .status(PairingStatus.PROPOSED)
                .participantId(participantId)
                .formats(List.of())
                .overlaps(List.of())
                .explanation(List.of())
                .build();
    }

    /** The event announcing a move; an event's canonical constructor is one ({@code PairingExpired::new}). */
    @FunctionalInterface
    interface EventFactory {
        PairingEvent create(String eventId, Instant occurredAt, String pairingId, Pairing next);
    }

    private static final class ConcurrentChange extends RuntimeException {
        ConcurrentChange() {
            super("pairing changed concurrently", null, false, false);
        }
    }
}
