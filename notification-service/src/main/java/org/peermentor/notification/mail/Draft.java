package org.peermentor.notification.mail;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;

/**
 * What one email may say before it is written in the recipient's language: first names only, the shared issue as a
 * code (for a mentor's request only; turned into words when written), the weekly times already in the recipient's
 * time zone, and a personal link. A value an email does not need is left null.
 *
 * @param kind which email, hence which template and subject
 * @param timezone the recipient's zone, in which the times are given and the link's end date is shown
 * @param link where the recipient answers (a mentor's request, a check-in), or null
 * @param linkExpiresAt until when the link works, or null if the email does not say
 */
@RecordBuilder
public record Draft(
        EmailKind kind,
        String recipientFirstName,
        String partnerFirstName,
        String sharedIssue,
        List<Format> formats,
        List<Slot> times,
        String timezone,
        URI link,
        Instant linkExpiresAt)
        implements DraftBuilder.With {

    /** What the email is about, before anyone is named: its kind, and the issue, formats and times where it says them. */
    public static Draft of(EmailKind kind, String sharedIssue, List<Format> formats, List<Slot> times) {
        return DraftBuilder.builder()
                .kind(kind)
                .sharedIssue(sharedIssue)
                .formats(formats)
                .times(times)
                .build();
    }

    /** To this person, by first name, in their time zone. */
    public Draft to(String firstName, String zone) {
        return with(draft -> draft.recipientFirstName(firstName).timezone(zone));
    }

    /** About the other person of the pairing, by first name. */
    public Draft about(String firstName) {
        return withPartnerFirstName(firstName);
    }

    /** With the recipient's own link, working until {@code expiresAt}. */
    public Draft withLink(URI url, Instant expiresAt) {
        return with(draft -> draft.link(url).linkExpiresAt(expiresAt));
    }
}
