package org.peermentor.matching.pairing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The mentor's pages, in the console's look ({@code /theme/console.css} from the console-theme module): one
 * heading each, readable on a phone, no script and no inline style, so the Content-Security-Policy forbids both.
 * Every value from a request or a profile is escaped here, in one place.
 */
final class MentorPages {

    /** Only this server's stylesheet and forms; nothing inline, no frames around it, no other site. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private MentorPages() {}

    /**
     * What the page asking the mentor shows: no more than the email said (the participant's first name, the
     * shared issue in words, the times both have), and how long the link works.
     */
    record Invitation(
            String pairingId,
            String token,
            String firstName,
            String issue,
            List<String> times,
            String expires,
            String clock) {}

    static String invitation(Invitation invitation) {
        String name = escape(invitation.firstName());
        String issue = invitation.issue() == null ? "" : """
                <dt>What you share</dt><dd>%s</dd>
                """.formatted(escape(invitation.issue()));
        String times = invitation.times().isEmpty()
                ? "Your program will agree the times with you both."
                : invitation.times().stream()
                        .map(time -> "<li>" + escape(time) + "</li>")
                        .collect(Collectors.joining("", "<ul>", "</ul>"));
        return layout("Will you mentor " + name + "?", """
                <div class="panel">
                <p>Your peer support program would like you to mentor <strong>%1$s</strong>.</p>
                <dl class="facts">
                %2$s<dt>When, each week</dt><dd>%3$s</dd>
                </dl>
                <p class="lede">Times and dates are on your clock (%4$s).</p>
                </div>
                <p>This link works until %5$s. It works once: your answer is final.</p>
                <div class="actions">
                <form method="post" action="%6$s"><button type="submit">Accept: I will mentor %1$s</button></form>
                <form method="post" action="%7$s"><button type="submit" class="secondary">Decline: not this time</button></form>
                </div>
                """.formatted(
                        name,
                        issue,
                        times,
                        escape(invitation.clock()),
                        escape(invitation.expires()),
                        answerAction(invitation, "accept"),
                        answerAction(invitation, "decline")));
    }

    /** Where a button posts the answer: the link's own token goes with it, as the contract's query parameter. */
    private static String answerAction(Invitation invitation, String answer) {
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

    static String linkNotValid() {
        return layout("Link not valid", """
                <div class="alert"><p>This link is not valid any more. Each link works once and only for a while: \
                it may have been used already, it may have expired, or it may have been copied incompletely \
                from the email.</p></div>
                <h2>What you can do</h2>
                <ul>
                <li>If you have answered already, there is nothing more to do: the first answer sent with this link \
                was recorded.</li>
                <li>If you copied the link by hand, open it again straight from the email.</li>
                <li>Otherwise, please contact your program coordinator: they can see whether an answer arrived and \
                what happens next.</li>
                </ul>
                """);
    }

    static String unavailable() {
        return layout("Please try again in a few minutes", """
                <div class="alert"><p>We cannot reach our records right now. Nothing was changed and your link \
                still works: please open it again in a few minutes.</p></div>
                """);
    }

    /** Any other refusal, in the words of its problem details. */
    static String refused(String title, String detail) {
        return layout(escape(title), """
                <div class="alert"><p>%s Please contact your program coordinator.</p></div>
                """.formatted(escape(detail == null ? "" : detail)));
    }

    /** Escapes only what HTML needs (&lt; &gt; &amp; quotes): the page is UTF-8, so "–" and "é" stay as they are. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    /** {@code title} and {@code main} are HTML already escaped by the caller. */
    private static String layout(String title, String main) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s – Peer-mentor matching</title>
                <link rel="stylesheet" href="/theme/console.css">
                </head>
                <body>
                <header class="site-header"><span class="brand">Peer-mentor matching</span></header>
                <main class="narrow">
                <h1>%1$s</h1>
                %2$s</main>
                </body>
                </html>
                """.formatted(title, main);
    }
}
