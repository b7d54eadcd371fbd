package org.peermentor.notification.delivery;

import java.time.Instant;
import java.util.List;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;

/**
 * What the email will say, taken from the event when the delivery is recorded, and erased once the delivery is
 * final (it holds the mentor's response token).
 *
 * @param sharedIssue the issue code, for the mentor's email only; turned into words when rendered
 * @param times the weekly windows in the recipient's own time zone
 */
public record Content(
        String sharedIssue, List<Format> formats, List<Slot> times, String responseToken, Instant responseExpiresAt) {}
