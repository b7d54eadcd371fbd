package org.peermentor.console.pairings;

import java.util.List;
import java.util.Optional;
import org.peermentor.console.services.AuditRecord;
import org.peermentor.console.services.MatchingApi;
import org.peermentor.console.services.ServiceFailure;
import org.peermentor.console.web.Words;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A decision the matching service refused, in words for the page the manager returns to. A proposal someone else
 * decided first also says who and when, from the pairing's history. 401 and 403 are not refusals of this decision
 * but of the person, and go on to the sign-in and "not allowed" pages.
 */
@Component
public class DecisionRefusals {

    private final MatchingApi matching;
    private final Words words;

    DecisionRefusals(MatchingApi matching, Words words) {
        this.matching = matching;
        this.words = words;
    }

    public static boolean aboutTheDecision(Throwable failure) {
        return failure instanceof ServiceFailure refused && refused.status() != 401 && refused.status() != 403;
    }

    /** The refusal of a decision on one pairing, as a notice. */
    public Mono<Notice> of(String pairingId, ServiceFailure refused) {
        return text(pairingId, refused).map(text -> Notice.refused("Not done: " + text, RefusalWords.lines(refused)));
    }

    /** The refusal in what the service said only, for an action no other manager can have taken first. */
    public static Notice plainly(ServiceFailure refused) {
        return Notice.refused("Not done: " + RefusalWords.said(refused), RefusalWords.lines(refused));
    }

    /** One sentence: what the service said, and for a proposal decided first, by whom. */
    public Mono<String> text(String pairingId, ServiceFailure refused) {
        String said = RefusalWords.said(refused);
        if (refused.status() != 409) {
            return Mono.just(said);
        }
        return matching.pairingHistory(pairingId)
                .map(history -> lastDecision(history)
                        .map(by -> said + " Decided by " + by + ".")
                        .orElse(said))
                .onErrorResume(ServiceFailure.class, noHistory -> Mono.just(said));
    }

    private Optional<String> lastDecision(List<AuditRecord> history) {
        return history.stream()
                .filter(entry -> List.of("APPROVE", "REJECT", "END").contains(entry.action()))
                .reduce((first, second) -> second)
                .map(entry -> (entry.actorName() != null ? entry.actorName() : entry.actor()) + " on "
                        + words.dateTime(entry.at()));
    }
}
