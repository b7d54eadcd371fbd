package org.peermentor.matching.pairing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingAccepted;
import org.peermentor.contracts.PairingApproved;
import org.peermentor.contracts.PairingDeclined;
import org.peermentor.contracts.PairingEnded;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.PairingExpired;
import org.peermentor.contracts.PairingProposed;
import org.peermentor.contracts.PairingRejected;
import org.peermentor.contracts.PairingReminderDue;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.PairingSuperseded;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.matching.profile.PersonKind;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.program.RoundNudge;
import org.peermentor.matching.settings.SettingsStore;
import org.peermentor.service.web.ProblemException;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The pairing lifecycle: {@code PROPOSED → APPROVED → ACCEPTED | DECLINED | EXPIRED}, {@code PROPOSED → REJECTED |
 * SUPERSEDED}, {@code ACCEPTED → ENDED}, and {@code APPROVED → APPROVED} with a fresh link for the mentor. Any other
 * move is a 409. Every move carries the participant's new status, and a move that frees a mentor's place starts the
 * program's automatic round. When a person leaves the program, their open pairings follow the same moves (see
 * {@link #personLeft}). How a move is written, safe against a concurrent one, is {@link PairingMoves}'s.
 */
@Service
public record PairingService(
        PairingStore store,
        ProfileReplica profiles,
        ResponseTokens tokens,
        RoundNudge rounds,
        SettingsStore settings,
        MatchingProperties properties,
        Clock clock)
        implements Departures {

    /** Why a pairing ended, or was declined, when its mentor left the program. */
    public static final String MENTOR_LEFT = "The mentor left the program.";
    /** Why a pairing ended, or was declined, when its participant left the program. */
    public static final String PARTICIPANT_LEFT = "The participant left the program.";

    /**
     * PROPOSED → APPROVED, also while a round plans the program: the round leaves a decided proposal as it is. Of two
     * decisions on one proposal at once exactly one is stored (the write is conditional on the version read); the
     * other is told the proposal was already decided.
     */
    public Mono<StoredPairing> approve(String id) {
        return withNewLink(id, PairingStatus.PROPOSED);
    }

    /**
     * APPROVED → APPROVED with a fresh link for the mentor (a manager's "send a fresh link"): a new nonce and expiry,
     * so the old link stops working, the reminder counted anew from now, and a new {@code PairingApproved} event, from
     * which the mentor gets a new request email. Any other status is a 409.
     */
    public Mono<StoredPairing> resendLink(String id) {
        return withNewLink(id, PairingStatus.APPROVED);
    }

    /** {@code from} → APPROVED with a new link for the mentor, announced by a {@code PairingApproved} carrying it. */
    private Mono<StoredPairing> withNewLink(String id, PairingStatus from) {
        return Mono.defer(() -> {
            String nonce = tokens.newNonce();
            Instant issuedAt = clock.instant();
            Instant expiresAt = issuedAt.plus(properties.responseLinkTtl());
            return tokens.issue(id, nonce, expiresAt)
                    .flatMap(token -> moves().move(
                                    id,
                                    from,
                                    PairingStatus.APPROVED,
                                    (eventId, now, pairingId, next) ->
                                            new PairingApproved(eventId, now, pairingId, next, token, expiresAt),
                                    linkIssued(nonce, issuedAt, expiresAt)));
        });
    }

    /**
     * APPROVED → EXPIRED once the mentor's link has expired unanswered (the follow-up sweep): the link is spent, the
     * mentor's place is free and the participant waits again, so the program's round is nudged to use the place.
     * Does nothing when the pairing was answered, or got a fresh link, meanwhile.
     */
    public Mono<StoredPairing> expire(String id) {
        return moves().move(
                        id,
                        PairingStatus.APPROVED,
                        PairingStatus.EXPIRED,
                        PairingExpired::new,
                        new Update().unset("responseNonce"),
                        current -> current.responseExpiresAt() != null
                                && !current.responseExpiresAt().isAfter(clock.instant()))
                .doOnNext(expired -> rounds.nudge(expired.pairing().programId()))
                .onErrorResume(ProblemException.class, answeredMeanwhile -> Mono.empty());
    }

    /**
     * Reminds the mentor of an approved pairing, once (see {@link PairingStore#remind}): the reminder carries the
     * link the mentor already has, the same token, valid until the same time. Emits whether this call reminded them.
     */
    public Mono<Boolean> remind(StoredPairing current) {
        if (current.responseNonce() == null || current.responseExpiresAt() == null) {
            return Mono.just(false);
        }
        return tokens.issue(current.id(), current.responseNonce(), current.responseExpiresAt())
                .map(token -> new PairingReminderDue(
                        UUID.randomUUID().toString(),
                        clock.instant(),
                        current.id(),
                        current.pairing(),
                        token,
                        current.responseExpiresAt()))
                .flatMap(reminder -> store.remind(current, reminder));
    }

    /**
     * What approving this proposal (read PROPOSED) writes, as {@link #approve} writes it: the pairing APPROVED with
     * the participant's status after it and their next sequence number, its event with the mentor's link, and the
     * link's nonce and expiry. For a batch of approvals written together ({@link BatchApproval}).
     */
    Mono<PairingMove> approval(StoredPairing current, Instant now) {
        String id = current.id();
        String participantId = current.pairing().participantId();
        String nonce = tokens.newNonce();
        Instant expiresAt = now.plus(properties.responseLinkTtl());
        return Mono.zip(
                        tokens.issue(id, nonce, expiresAt),
                        moves().standingAfter(participantId, id, PairingStatus.APPROVED, false),
                        profiles.nextParticipantSequence(participantId))
                .map(made -> {
                    Pairing next = PairingMoves.withStatus(
                            current.pairing(),
                            PairingStatus.APPROVED,
                            current.version() + 1,
                            made.getT2(),
                            made.getT3());
                    PairingEvent event =
                            new PairingApproved(UUID.randomUUID().toString(), now, id, next, made.getT1(), expiresAt);
                    return new PairingMove(current, next, event, linkIssued(nonce, now, expiresAt));
                });
    }

    /**
     * The mentor's link, kept with an approved pairing: its one-time nonce, when it was issued and when it expires; the
     * mentor is not reminded of it yet.
     */
    private static Update linkIssued(String nonce, Instant issuedAt, Instant expiresAt) {
        return new Update()
                .set("responseNonce", nonce)
                .set("linkIssuedAt", Date.from(issuedAt))
                .set("responseExpiresAt", Date.from(expiresAt))
                .set("reminded", false);
    }

    /** PROPOSED → REJECTED, as {@link #approve} does: never refused because a round is running. */
    public Mono<StoredPairing> reject(String id, String reason) {
        return moves().move(
                        id,
                        PairingStatus.PROPOSED,
                        PairingStatus.REJECTED,
                        (eventId, now, pairingId, next) -> new PairingRejected(eventId, now, pairingId, next, reason),
                        new Update().set("reason", reason))
                .doOnNext(rejected -> rounds.nudge(rejected.pairing().programId()));
    }

    /**
     * APPROVED → ACCEPTED with the mentor's link. The pairing's check-ins start from here: the first is due the
     * program's {@code checkIns.firstAfter} after this moment.
     */
    public Mono<StoredPairing> accept(String id, String token) {
        return spentMeanwhile(withValidToken(id, token)
                .flatMap(current -> settings.get(current.pairing().programId()))
                .flatMap(program -> {
                    Instant acceptedAt = clock.instant();
                    return moves().move(
                                    id,
                                    PairingStatus.APPROVED,
                                    PairingStatus.ACCEPTED,
                                    PairingAccepted::new,
                                    new Update()
                                            .unset("responseNonce")
                                            .set("acceptedAt", Date.from(acceptedAt))
                                            .set(
                                                    "nextCheckInAt",
                                                    Date.from(acceptedAt.plus(
                                                            program.checkIns().firstAfter())))
                                            .set("checkInsSent", 0));
                }));
    }

    public Mono<StoredPairing> decline(String id, String token) {
        return spentMeanwhile(withValidToken(id, token).then(declined(id, null)));
    }

    /**
     * APPROVED → DECLINED, by the mentor's answer or, with a {@code reason}, because a person left: the link is spent
     * and the mentor's place is free, so the program's round is nudged.
     */
    private Mono<StoredPairing> declined(String id, String reason) {
        Update spent = new Update().unset("responseNonce");
        if (reason != null) {
            spent.set("reason", reason);
        }
        return moves().move(id, PairingStatus.APPROVED, PairingStatus.DECLINED, PairingDeclined::new, spent)
                .doOnNext(declined -> rounds.nudge(declined.pairing().programId()));
    }

    /**
     * Two answers sent with one link at the same moment both pass its check; the one that then finds the pairing
     * answered already is refused as any spent link is (403), not as a conflict.
     */
    private static Mono<StoredPairing> spentMeanwhile(Mono<StoredPairing> answer) {
        return answer.onErrorMap(
                failure -> failure instanceof ProblemException problem && problem.status() == 409,
                failure -> LinkRefusal.notValid());
    }

    public Mono<StoredPairing> end(String id, String reason, boolean rematch) {
        return moves().move(
                        id,
                        PairingStatus.ACCEPTED,
                        PairingStatus.ENDED,
                        (eventId, now, pairingId, next) ->
                                new PairingEnded(eventId, now, pairingId, next, reason, rematch),
                        new Update().set("reason", reason).set("rematch", rematch))
                .doOnNext(ended -> rounds.nudge(ended.pairing().programId()));
    }

    /**
     * A person left the program (withdrew, or was erased): each of their pairings still open comes to the end the
     * lifecycle allows. A proposal is superseded. An approved pairing still awaiting the mentor's answer is declined
     * and its link spent, as that answer can no longer lead to a mentorship. An accepted pairing ends; when the mentor
     * left, with a rematch, so the participant waits again. Each freed place starts the program's automatic round; a
     * pairing decided on meanwhile is left as it is, and a replay finds nothing left to do.
     */
    @Override
    public Flux<StoredPairing> personLeft(PersonKind kind, String personId) {
        boolean mentorLeft = kind == PersonKind.MENTOR;
        String reason = mentorLeft ? MENTOR_LEFT : PARTICIPANT_LEFT;
        return store.ofPerson(kind, personId).concatMap(open -> switch (open.status()) {
            case PROPOSED -> supersede(open.id());
            case APPROVED ->
                declined(open.id(), reason).onErrorResume(ProblemException.class, decidedMeanwhile -> Mono.empty());
            case ACCEPTED ->
                end(open.id(), reason, mentorLeft)
                        .onErrorResume(ProblemException.class, decidedMeanwhile -> Mono.empty());
            default -> Mono.<StoredPairing>empty();
        });
    }

    /**
     * Used by rounds: stores a new proposal (approved at once under auto-approval) with its events. A pairing
     * id already stored is left alone, so applying a round twice creates nothing twice.
     */
    public Mono<Boolean> propose(Pairing proposal, boolean autoApprove) {
        String participantId = proposal.participantId();
        return profiles.nextParticipantSequence(participantId).flatMap(sequence -> {
            Instant now = clock.instant();
            Pairing proposed =
                    PairingMoves.withStatus(proposal, PairingStatus.PROPOSED, 1, ProfileStatus.PROPOSED, sequence);
            PairingEvent proposedEvent =
                    new PairingProposed(UUID.randomUUID().toString(), now, proposal.id(), proposed);
            if (!autoApprove) {
                return store.create(proposed, List.of(proposedEvent), null, null, now);
            }
            return approvedAtOnce(proposed, List.of(proposedEvent), now);
        });
    }

    /** A pairing that starts out approved: auto-approval, or a program manager pairing by hand. */
    public Mono<Boolean> approvedAtOnce(Pairing pairing, List<PairingEvent> earlier, Instant now) {
        String nonce = tokens.newNonce();
        Instant expiresAt = now.plus(properties.responseLinkTtl());
        return profiles.nextParticipantSequence(pairing.participantId())
                .zipWith(tokens.issue(pairing.id(), nonce, expiresAt))
                .flatMap(sequenceAndToken -> {
                    Pairing approved = PairingMoves.withStatus(
                            pairing,
                            PairingStatus.APPROVED,
                            pairing.version() + (earlier.isEmpty() ? 0 : 1),
                            ProfileStatus.MATCHED,
                            sequenceAndToken.getT1());
                    List<PairingEvent> events = new ArrayList<>(earlier);
                    events.add(new PairingApproved(
                            UUID.randomUUID().toString(),
                            now,
                            pairing.id(),
                            approved,
                            sequenceAndToken.getT2(),
                            expiresAt));
                    return store.create(approved, events, nonce, expiresAt, now);
                });
    }

    /** Used by rounds: a proposal the new round did not keep. Does nothing if it was decided on meanwhile. */
    public Mono<StoredPairing> supersede(String id) {
        return moves().move(id, PairingStatus.PROPOSED, PairingStatus.SUPERSEDED, PairingSuperseded::new, new Update())
                .onErrorResume(ProblemException.class, decidedMeanwhile -> Mono.empty());
    }

    /** The response page and the accept/decline endpoints check the token before anything else. */
    public Mono<StoredPairing> withValidToken(String id, String token) {
        Mono<StoredPairing> refused = Mono.error(LinkRefusal::notValid);
        return store.find(id)
                .flatMap(current -> tokens.verify(token, id, current.responseNonce(), clock.instant())
                        .flatMap(valid -> valid ? Mono.just(current) : refused))
                .switchIfEmpty(refused);
    }

    /** How each move is written: conditional on the version read, with the participant's status after it. */
    private PairingMoves moves() {
        return new PairingMoves(store, profiles, clock);
    }
}
