package org.peermentor.console.programs;

import java.util.List;
import org.peermentor.console.services.Pairing;
import org.peermentor.console.services.Program;
import org.peermentor.console.services.Round;
import org.peermentor.console.services.SupplyReport;
import org.peermentor.console.services.WaitingParticipant;

/**
 * What the dashboard shows of one program: the accepted pairings that need attention (their check-ins went badly or
 * unanswered), a page of the waiting list, a page of the proposals to review, the last rounds and the supply report's
 * counts. {@code watch} names the newest round and its status, which the page's poll
 * compares to see whether its sections are out of date.
 */
public record Dashboard(
        Program program,
        SupplyReport report,
        List<WaitingParticipant> waiting,
        int waitingPage,
        List<Pairing> proposals,
        int proposalsPage,
        List<Round> rounds,
        List<Pairing> needsAttention) {

    /** The healths a manager should look at: an answer that worries, or two check-ins unanswered. */
    static final List<String> WORRYING = List.of("NEEDS_ATTENTION", "QUIET");

    static final int ATTENTION_SHOWN = 50;
    static final int WAITING_PAGE_SIZE = 50;
    static final int PROPOSALS_PAGE_SIZE = 50;
    static final int ROUNDS_SHOWN = 5;

    public boolean moreWaiting() {
        return waiting.size() == WAITING_PAGE_SIZE;
    }

    public boolean moreProposals() {
        return proposals.size() == PROPOSALS_PAGE_SIZE;
    }

    /** "12", or "100 on this page" when there are other pages. */
    public String proposalCount() {
        return moreProposals() || proposalsPage > 0
                ? proposals.size() + " on this page"
                : String.valueOf(proposals.size());
    }

    public String watch() {
        return RoundWatch.of(rounds);
    }
}
