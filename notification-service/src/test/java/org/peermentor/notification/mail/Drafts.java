package org.peermentor.notification.mail;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;

/**
 * Drafts as the delivery plan makes them, one kind at a time: a mentor's in Warsaw, a participant's in Chicago, a
 * link and its end date where the kind has one, the shared issue only in a request. A test names the people and
 * the issue; anything else it changes with {@link DraftBuilder}.
 */
final class Drafts {

    static final URI REQUEST_LINK = URI.create("https://matching.test/api/pairings/pr-1/response?token=t");
    static final URI CHECK_IN_LINK = URI.create("https://matching.test/api/checkins/pr-1-c1?token=t");
    static final Instant LINK_EXPIRES = Instant.parse("2026-03-17T09:00:00Z");

    private Drafts() {}

    static Draft request(String mentor, String participant, String issue) {
        return of(EmailKind.MENTOR_REQUEST, mentor, participant, issue);
    }

    static Draft introduction(String participant, String mentor) {
        return of(EmailKind.MENTOR_INTRODUCTION, participant, mentor, null);
    }

    /** This kind of email to {@code recipient} about {@code partner}; {@code issue} is kept for a request only. */
    static Draft of(EmailKind kind, String recipient, String partner, String issue) {
        Draft draft = switch (kind) {
            case MENTOR_REQUEST ->
                Draft.of(kind, issue, List.of(Format.ONLINE), List.of(tuesday()))
                        .withLink(REQUEST_LINK, LINK_EXPIRES);
            case MENTOR_INTRODUCTION ->
                Draft.of(kind, null, List.of(Format.PHONE, Format.IN_PERSON), List.of(tuesday()));
            case MENTOR_REMINDER -> Draft.of(kind, null, null, null).withLink(REQUEST_LINK, LINK_EXPIRES);
            case MENTOR_CHECK_IN, PARTICIPANT_CHECK_IN ->
                Draft.of(kind, null, null, null).withLink(CHECK_IN_LINK, LINK_EXPIRES);
            default -> Draft.of(kind, null, null, null);
        };
        return draft.to(recipient, kind.toMentor() ? "Europe/Warsaw" : "America/Chicago")
                .about(partner);
    }

    static Slot tuesday() {
        return new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(19, 0));
    }
}
