package org.peermentor.matching.pairing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.program.PairingWriteLock;
import org.peermentor.matching.settings.SettingsStore;
import org.peermentor.matching.solver.MatchingRules;
import org.peermentor.matching.solver.ProposedPairing;
import org.peermentor.matching.solver.RuleBreach;
import org.peermentor.matching.solver.RuleContext;
import org.peermentor.matching.web.Access;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.ProblemException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A program manager pairs two people by hand. The pair must pass every rule H1–H8, like any proposal; the
 * pairing starts APPROVED, later rounds keep it, and the participant's open proposals are superseded. A round
 * planning the program meanwhile does not stop it: the round then leaves these two as this pairing has them. The
 * check and the write hold the program's {@link PairingWriteLock}, so another pairing by hand or a round's new
 * pairing cannot take the same place in between.
 */
@Service
record ManualPairing(
        ProfileReplica profiles,
        PairingStore store,
        PairingService pairings,
        SettingsStore settings,
        PairingWriteLock lock,
        Clock clock) {
    /** Both people must be in the replica and in the caller's programs; otherwise 404, as if they did not exist. */
    Mono<StoredPairing> pair(String participantId, String mentorId) {
        return Mono.zip(
                        Access.visible(
                                profiles.participant(participantId)
                                        .switchIfEmpty(Mono.error(
                                                () -> ProblemException.notFound("participant", participantId))),
                                ParticipantProfile::programId,
                                "participant",
                                participantId),
                        Access.visible(
                                profiles.mentor(mentorId)
                                        .switchIfEmpty(Mono.error(() -> ProblemException.notFound("mentor", mentorId))),
                                MentorProfile::programId,
                                "mentor",
                                mentorId))
                .flatMap(both -> pair(both.getT1(), both.getT2()));
    }

    private Mono<StoredPairing> pair(ParticipantProfile participant, MentorProfile mentor) {
        return lock.holding(mentor.programId(), () -> checkAndWrite(participant, mentor));
    }

    private Mono<StoredPairing> checkAndWrite(ParticipantProfile participant, MentorProfile mentor) {
        return Mono.zip(store.ofProgram(mentor.programId(), null).collectList(), settings.get(mentor.programId()))
                .flatMap(state -> {
                    List<StoredPairing> program = state.getT1();
                    Instant now = clock.instant();
                    ParticipantProfile standing = PairChecks.withStanding(participant, program);
                    RuleContext context =
                            PairChecks.context(program, state.getT2().minOverlapMinutes(), now);
                    List<RuleBreach> breaches = MatchingRules.check(standing, mentor, context);
                    if (!breaches.isEmpty()) {
                        return Mono.error(new ProblemException(
                                422,
                                "Pairing breaks the program's rules",
                                "This pair breaks " + breaches.size() + " rule(s); see errors.",
                                breaches.stream()
                                        .map(b -> new FieldError(b.rule(), b.description()))
                                        .toList()));
                    }
                    ProposedPairing described = MatchingRules.describe(standing, mentor, context);
                    List<String> explanation = new ArrayList<>();
                    explanation.add("Paired by hand by a program manager");
                    explanation.addAll(described.explanation());
                    Pairing pairing = NewPairing.of(mentor.programId(), described)
                            .status(PairingStatus.APPROVED)
                            .explanation(explanation)
                            .participantStatus(ProfileStatus.MATCHED)
                            .build();
                    // read again after the write: a round's proposal stored meanwhile yields as well
                    return pairings.approvedAtOnce(pairing, List.of(), now)
                            .thenMany(Flux.defer(() -> store.ofParticipant(participant.id()))
                                    .filter(p -> p.status() == PairingStatus.PROPOSED)
                                    .concatMap(open -> pairings.supersede(open.id())))
                            .then(store.get(pairing.id()));
                });
    }
}
