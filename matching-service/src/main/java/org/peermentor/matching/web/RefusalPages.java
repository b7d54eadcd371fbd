package org.peermentor.matching.web;

/**
 * The pages a link opened from an email gets instead of its own: a link that is not valid any more, a store that
 * cannot be reached, any other refusal. Each says what the person can do next.
 */
final class RefusalPages {

    private RefusalPages() {}

    static String linkNotValid() {
        return LinkPages.layout("Link not valid", """
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
        return LinkPages.layout("Please try again in a few minutes", """
                <div class="alert"><p>We cannot reach our records right now. Nothing was changed and your link \
                still works: please open it again in a few minutes.</p></div>
                """);
    }

    /** Any other refusal, in the words of its problem details. */
    static String refused(String title, String detail) {
        return LinkPages.layout(LinkPages.escape(title), """
                <div class="alert"><p>%s Please contact your program coordinator.</p></div>
                """.formatted(LinkPages.escape(detail == null ? "" : detail)));
    }
}
