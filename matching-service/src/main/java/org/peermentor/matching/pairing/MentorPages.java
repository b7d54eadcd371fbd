package org.peermentor.matching.pairing;

import static org.peermentor.matching.web.LinkPages.escape;
import static org.peermentor.matching.web.LinkPages.layout;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.peermentor.matching.web.LinkPages;
import org.springframework.web.util.UriUtils;

/**
 * The mentor's pages, in the look every link page shares ({@link LinkPages}). Every value from a request or a
 * profile is escaped here.
 */
final class MentorPages {

    private MentorPages() {}

    /** The page asking the mentor: what the email said, then the two answers. */
    static String invitation(MentorInvitation invitation) {
        String name = escape(invitation.firstName());
        return layout("Will you mentor " + name + "?", facts(invitation, name) + answers(invitation, name));
    }

    /** The participant's first name, the shared issue, the times both have, and how long the link works. */
    private static String facts(MentorInvitation invitation, String name) {
        String issue = invitation.issue() == null ? "" : """
                <dt>What you share</dt><dd>%s</dd>
                """.formatted(escape(invitation.issue()));
        String times = invitation.times().isEmpty()
                ? "Your program will agree the times with you both."
                : invitation.times().stream()
                        .map(time -> "<li>" + escape(time) + "</li>")
                        .collect(Collectors.joining("", "<ul>", "</ul>"));
        return """
                <div class="panel">
                <p>Your peer support program would like you to mentor <strong>%1$s</strong>.</p>
                <dl class="facts">
                %2$s<dt>When, each week</dt><dd>%3$s</dd>
                </dl>
                <p class="lede">Times and dates are on your clock (%4$s).</p>
                </div>
                <p>This link works until %5$s. It works once: your answer is final.</p>
                """.formatted(name, issue, times, escape(invitation.clock()), escape(invitation.expires()));
    }

    /** The two buttons, each posting its answer with the link's token. */
    private static String answers(MentorInvitation invitation, String name) {
        return """
                <div class="actions">
                <form method="post" action="%2$s"><button type="submit">Accept: I will mentor %1$s</button></form>
                <form method="post" action="%3$s"><button type="submit" class="secondary">Decline: not this time</button></form>
                </div>
                """.formatted(name, answerAction(invitation, "accept"), answerAction(invitation, "decline"));
    }

    /** Where a button posts the answer: the link's own token goes with it, as the contract's query parameter. */
    private static String answerAction(MentorInvitation invitation, String answer) {
        return escape("/api/pairings/" + UriUtils.encodePathSegment(invitation.pairingId(), StandardCharsets.UTF_8)
                + "/" + answer + "?token=" + UriUtils.encodeQueryParam(invitation.token(), StandardCharsets.UTF_8));
    }

    static String accepted(String firstName) {
        String name = escape(firstName);
        return layout("Thank you", """
                <div class="success" role="status"><p>Thank you — you accepted. We are letting %1$s know and \
                introducing you by your first name, with the times you both have.</p></div>
                <p>There is nothing more to do now. You can close this page.</p>
                """.formatted(name));
    }

    static String declined(String firstName) {
        String name = escape(firstName);
        return layout("Thank you for letting us know", """
                <div class="success" role="status"><p>You declined, and that is all right. The program will look \
                for another mentor for %1$s.</p></div>
                <p>There is nothing more to do now. You can close this page.</p>
                """.formatted(name));
    }
}
