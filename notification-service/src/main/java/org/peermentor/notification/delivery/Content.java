package org.peermentor.notification.delivery;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;
import org.peermentor.notification.mail.EmailKind;

/**
 * What the email will say, taken from the event when the delivery is recorded, and erased once the delivery is
 * final (it may hold a personal token). Values an email does not need are left out.
 *
 * @param kind which email: its template and subject
 * @param sharedIssue the issue code, for the mentor's request only; turned into words when rendered
 * @param times the weekly windows in the recipient's own time zone
 * @param checkInId the check-in a check-in email's link answers; null for a mentor's request or reminder
 * @param responseToken the recipient's own token for their link, or null when the email has no link
 * @param responseExpiresAt until when the link works
 */
@RecordBuilder
public record Content(
        EmailKind kind,
        String sharedIssue,
        List<Format> formats,
        List<Slot> times,
        String checkInId,
        String responseToken,
        Instant responseExpiresAt) {

    public Content {
        formats = formats == null ? List.of() : List.copyOf(formats);
        times = times == null ? List.of() : List.copyOf(times);
    }
}
