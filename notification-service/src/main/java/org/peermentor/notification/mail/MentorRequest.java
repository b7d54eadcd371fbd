package org.peermentor.notification.mail;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;

/**
 * What a mentor is told when a pairing is approved: who (first name only), what it is about (in words), when
 * both are free (the mentor's own clock) and where to answer.
 *
 * @param times the weekly windows, already in the mentor's time zone
 * @param responseExpiresAt when the answer link stops working, or null if it does not say
 */
public record MentorRequest(
        String mentorFirstName,
        String participantFirstName,
        String sharedIssue,
        List<Format> formats,
        List<Slot> times,
        String timezone,
        URI responseUrl,
        Instant responseExpiresAt) {}
