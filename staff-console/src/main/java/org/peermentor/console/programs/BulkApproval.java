package org.peermentor.console.programs;

import java.util.List;
import org.peermentor.console.pairings.DecisionRefusals;
import org.peermentor.console.pairings.PairingWords;
import org.peermentor.console.services.ApprovalOutcome;
import org.peermentor.console.services.MatchingApi;
import org.peermentor.console.services.ServiceFailure;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * "Approve selected": the matching service approves a program's proposals in batches ({@link MatchingApi#approveAll}),
 * so the console sends the selection in chunks and gathers what became of each proposal. One refused (decided
 * meanwhile, gone) does not stop the others; a chunk the service could not take at all is refused for each of its
 * proposals, with the service's reason.
 */
@Component
record BulkApproval(MatchingApi matching, DecisionRefusals refusals, PairingWords words) {
    /** Proposals per call (the service takes up to 500): while one chunk is written the next is read. */
    static final int CHUNK = 100;
    /** Chunks in flight at once. */
    static final int CHUNKS_AT_ONCE = 2;

    Mono<ApprovalTally> approve(String programId, List<String> pairingIds) {
        List<String> distinct = pairingIds.stream().distinct().toList();
        return Flux.range(0, (distinct.size() + CHUNK - 1) / CHUNK)
                .map(chunk -> distinct.subList(chunk * CHUNK, Math.min(distinct.size(), (chunk + 1) * CHUNK)))
                .flatMapSequential(
                        chunk -> matching.approveAll(programId, chunk)
                                .flatMapIterable(outcomes -> outcomes)
                                .onErrorResume(
                                        DecisionRefusals::aboutTheDecision,
                                        refused -> Flux.fromIterable(chunk)
                                                .map(id -> refusal(id, (ServiceFailure) refused))),
                        CHUNKS_AT_ONCE)
                .collectList()
                .flatMap(this::result);
    }

    private Mono<ApprovalTally> result(List<ApprovalOutcome> outcomes) {
        return Flux.fromIterable(outcomes)
                .filter(outcome -> !outcome.approved())
                .concatMap(refused -> why(refused.pairingId(), refused.failure()))
                .collectList()
                .map(failures -> new ApprovalTally(
                        outcomes.stream().filter(ApprovalOutcome::approved).count(), failures));
    }

    /** A chunk's refusal, as each of its proposals' outcome. */
    private static ApprovalOutcome refusal(String id, ServiceFailure refused) {
        return new ApprovalOutcome(
                id,
                refused.status(),
                refused.problem().title(),
                refused.problem().detail());
    }

    /** Who the refused proposal was for (its page may still say, when it exists), and why it was refused. */
    private Mono<String> why(String id, ServiceFailure refused) {
        Mono<String> who = matching.pairing(id)
                .map(pairing -> words.name(pairing.participantFirstName(), "A participant") + " with "
                        + words.name(pairing.mentorFirstName(), "a mentor"))
                .onErrorResume(ServiceFailure.class, unknown -> Mono.just("Pairing " + id));
        return who.zipWith(refusals.text(id, refused), (named, text) -> named + ": " + text);
    }
}
