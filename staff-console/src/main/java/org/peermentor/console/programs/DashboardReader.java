package org.peermentor.console.programs;

import java.util.List;
import org.peermentor.console.services.IntakeApi;
import org.peermentor.console.services.MatchingApi;
import org.peermentor.console.services.Pairing;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gathers what a program's dashboard shows from intake (the program) and matching (the supply report, who waits,
 * the proposals, the last rounds and the pairings needing attention), all asked at once with the manager's token.
 */
@Component
record DashboardReader(IntakeApi intake, MatchingApi matching) {
    /** One page of the waiting list and one of the proposals (a negative page is the first), with the rest. */
    Mono<Dashboard> read(String programId, int waitingPage, int proposalsPage) {
        int waitingAt = Math.max(0, waitingPage);
        int proposalsAt = Math.max(0, proposalsPage);
        return Mono.zip(
                        intake.program(programId),
                        matching.report(programId),
                        matching.waiting(programId, waitingAt, Dashboard.WAITING_PAGE_SIZE),
                        matching.pairings(programId, "PROPOSED", proposalsAt, Dashboard.PROPOSALS_PAGE_SIZE),
                        matching.rounds(programId, 0, Dashboard.ROUNDS_SHOWN),
                        needingAttention(programId))
                .map(found -> new Dashboard(
                        found.getT1(),
                        found.getT2(),
                        found.getT3(),
                        waitingAt,
                        found.getT4(),
                        proposalsAt,
                        found.getT5(),
                        found.getT6()));
    }

    /** Kept to the worrying healths here too, so a service that ignored the filter cannot list every pairing. */
    private Mono<List<Pairing>> needingAttention(String programId) {
        return matching.acceptedPairings(programId, Dashboard.WORRYING, Dashboard.ATTENTION_SHOWN)
                .map(pairings -> pairings.stream()
                        .filter(pairing -> pairing.health() != null && Dashboard.WORRYING.contains(pairing.health()))
                        .toList());
    }
}
