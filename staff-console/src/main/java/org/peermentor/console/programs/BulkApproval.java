package org.peermentor.console.programs;

import java.util.List;
import org.peermentor.console.pairings.Refusals;
import org.peermentor.console.services.MatchingApi;
import org.peermentor.console.services.ServiceFailure;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * "Approve selected": the matching service approves one pairing per call, so the console makes the calls, a few at a
 * time, and gathers what became of each. One refused (decided meanwhile, gone) does not stop the others.
 */
@Component
class BulkApproval {

    /** Calls in flight at once: quick for hundreds of proposals without crowding the matching service. */
    static final int AT_ONCE = 8;

    private final MatchingApi matching;
    private final Refusals refusals;

    BulkApproval(MatchingApi matching, Refusals refusals) {
        this.matching = matching;
        this.refusals = refusals;
    }

    Mono<Result> approve(List<String> pairingIds) {
        return Flux.fromIterable(pairingIds).distinct()
                .flatMap(id -> matching.approve(id).map(approved -> Outcome.APPROVED)
                        .onErrorResume(Refusals::aboutTheDecision, refused -> why(id, (ServiceFailure) refused)), AT_ONCE)
                .collectList()
                .map(outcomes -> new Result(outcomes.stream().filter(outcome -> outcome == Outcome.APPROVED).count(),
                        outcomes.stream().filter(outcome -> outcome != Outcome.APPROVED).map(Outcome::failure).toList()));
    }

    /** Who the refused proposal was for (its page may still say, when it exists), and why it was refused. */
    private Mono<Outcome> why(String id, ServiceFailure refused) {
        Mono<String> who = matching.pairing(id)
                .map(pairing -> name(pairing.participantFirstName(), "A participant") + " with "
                        + name(pairing.mentorFirstName(), "a mentor"))
                .onErrorResume(ServiceFailure.class, unknown -> Mono.just("Pairing " + id));
        return who.zipWith(refusals.text(id, refused), (named, text) -> new Outcome(named + ": " + text));
    }

    private static String name(String firstName, String standIn) {
        return firstName == null || firstName.isBlank() ? standIn : firstName;
    }

    /** How many were approved, and a line for each that was not. */
    record Result(long approved, List<String> failures) {
    }

    private record Outcome(String failure) {
        static final Outcome APPROVED = new Outcome(null);
    }
}
