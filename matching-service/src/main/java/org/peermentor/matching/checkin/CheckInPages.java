package org.peermentor.matching.checkin;

import static org.peermentor.matching.web.LinkPages.escape;
import static org.peermentor.matching.web.LinkPages.layout;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.peermentor.matching.pairing.CheckInAnswer;
import org.peermentor.matching.pairing.CheckInReply;
import org.peermentor.matching.pairing.CheckInRole;
import org.springframework.web.util.UriUtils;

/**
 * The check-in pages, in the look every link page shares. They name nobody and no issue: the question, the four
 * answers as one group of radio buttons, a private note and, for a participant, the wish for another mentor.
 */
final class CheckInPages {

    private static final Map<CheckInReply, String> WORDS = Map.of(
            CheckInReply.GOING_WELL, "Going well",
            CheckInReply.NOT_SURE, "Not sure yet",
            CheckInReply.NOT_A_FIT, "Not a good fit",
            CheckInReply.NOT_MET, "We have not met yet");

    private CheckInPages() {}

    static String question(String checkInId, String token, CheckInRole role) {
        String choices = Stream.of(CheckInReply.values())
                .map(reply -> """
                        <div class="check"><input type="radio" id="answer-%1$s" name="answer" value="%1$s" required>\
                        <label for="answer-%1$s">%2$s</label></div>
                        """.formatted(reply.name(), WORDS.get(reply)))
                .collect(Collectors.joining());
        String newMentor = role != CheckInRole.PARTICIPANT ? "" : """
                <div class="check"><input type="checkbox" id="wantsNewMentor" name="wantsNewMentor" value="true">\
                <label for="wantsNewMentor">I would like a different mentor</label></div>
                """;
        return layout(
                role == CheckInRole.MENTOR ? "How is mentoring going?" : "How is your mentoring going?",
                """
                <p class="lede">Your peer support program asks each of you, now and then, how things are going.</p>
                <form method="post" action="%1$s" class="stack">
                <fieldset>
                <legend>Since you last heard from us, how is it going?</legend>
                <div class="choices">
                %2$s</div>
                </fieldset>
                %3$s<div class="field">
                <label for="note">Anything you want your program coordinator to know (optional)</label>
                <span class="hint" id="note-hint">Only your program's staff can read this; the other person never \
                sees it. At most %4$d characters.</span>
                <textarea id="note" name="note" rows="5" maxlength="%4$d" aria-describedby="note-hint"></textarea>
                </div>
                <div class="actions"><button type="submit">Send my answer</button></div>
                </form>
                <p>This link works once: your first answer is the one kept.</p>
                """.formatted(answerAction(checkInId, token), choices, newMentor, CheckInForm.MAX_NOTE));
    }

    static String thanks(CheckInAnswer answer) {
        String next = answer.wantsNewMentor()
                ? "We have passed on that you would like a different mentor; your program coordinator will be in "
                        + "touch about what happens next."
                : "Your program coordinator reads the answers and gets in touch if anything needs doing.";
        return layout("Thank you", """
                <div class="success" role="status"><p>Thank you — your answer is recorded.</p></div>
                <p>%s</p>
                <p>There is nothing more to do now. You can close this page.</p>
                """.formatted(escape(next)));
    }

    /** The form came back without a valid answer: nothing was kept and the link still works. */
    static String incomplete(String checkInId, String token) {
        return layout(
                "Please choose an answer", """
                <div class="alert"><p>Nothing was recorded yet: please choose one of the answers (and keep any note \
                under %d characters), then send the form again.</p></div>
                <p><a href="%s">Back to the question</a></p>
                """.formatted(CheckInForm.MAX_NOTE, escape(link(checkInId, token, ""))));
    }

    /** Where the form posts: the link's own token goes with it, as the contract's query parameter. */
    private static String answerAction(String checkInId, String token) {
        return escape(link(checkInId, token, "/answer"));
    }

    private static String link(String checkInId, String token, String suffix) {
        return "/api/checkins/" + UriUtils.encodePathSegment(checkInId, StandardCharsets.UTF_8) + suffix + "?token="
                + UriUtils.encodeQueryParam(token, StandardCharsets.UTF_8);
    }
}
