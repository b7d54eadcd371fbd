package org.peermentor.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.peermentor.contracts.Overlap;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingAccepted;
import org.peermentor.contracts.PairingApproved;
import org.peermentor.contracts.PairingCheckInDue;
import org.peermentor.contracts.PairingDeclined;
import org.peermentor.contracts.PairingEnded;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.PairingExpired;
import org.peermentor.contracts.PairingReminderDue;
import org.peermentor.contracts.Slot;
import org.peermentor.notification.contact.Role;
import org.peermentor.notification.mail.EmailKind;
import org.peermentor.notification.messaging.InvalidEventException;

/**
 * Which emails a pairing event causes, at most one per side: an approval asks the mentor to answer and a reminder
 * asks again; an acceptance introduces the mentor to the participant; a check-in asks both, each with their own
 * link; a decline or expiry tells the participant they are back on the list; an ending thanks the mentor and tells
 * the participant they are back on the list (rematch) or that the pairing closed. Every other event causes none.
 * Only a mentor's request carries the shared issue; no email carries the reason a pairing ended.
 */
final class DeliveryPlan {

    private DeliveryPlan() {}

    static List<Delivery> deliveriesFor(PairingEvent event, Instant now) {
        Pairing pairing = event.pairing();
        if (event instanceof PairingApproved approved) {
            Content request = ContentBuilder.builder(link(
                            EmailKind.MENTOR_REQUEST,
                            null,
                            approved.mentorResponseToken(),
                            approved.responseTokenExpiresAt()))
                    .sharedIssue(pairing.sharedIssue())
                    .formats(nonNull(pairing.formats()))
                    .times(times(pairing, Overlap::mentorLocal))
                    .build();
            return List.of(pending(event, Role.MENTOR, request, now));
        }
        if (event instanceof PairingReminderDue reminder) {
            return List.of(pending(
                    event,
                    Role.MENTOR,
                    link(
                            EmailKind.MENTOR_REMINDER,
                            null,
                            reminder.mentorResponseToken(),
                            reminder.responseTokenExpiresAt()),
                    now));
        }
        if (event instanceof PairingAccepted) {
            Content introduction = ContentBuilder.builder()
                    .kind(EmailKind.MENTOR_INTRODUCTION)
                    .formats(nonNull(pairing.formats()))
                    .times(times(pairing, Overlap::participantLocal))
                    .build();
            return List.of(pending(event, Role.PARTICIPANT, introduction, now));
        }
        if (event instanceof PairingCheckInDue due) {
            requireText(due.checkInId());
            return List.of(
                    pending(
                            event,
                            Role.MENTOR,
                            link(EmailKind.MENTOR_CHECK_IN, due.checkInId(), due.mentorToken(), due.answerBy()),
                            now),
                    pending(
                            event,
                            Role.PARTICIPANT,
                            link(
                                    EmailKind.PARTICIPANT_CHECK_IN,
                                    due.checkInId(),
                                    due.participantToken(),
                                    due.answerBy()),
                            now));
        }
        if (event instanceof PairingDeclined || event instanceof PairingExpired) {
            return List.of(pending(event, Role.PARTICIPANT, plain(EmailKind.BACK_ON_THE_LIST), now));
        }
        if (event instanceof PairingEnded ended) {
            EmailKind toParticipant = ended.rematch() ? EmailKind.BACK_ON_THE_LIST : EmailKind.PAIRING_CLOSED;
            return List.of(
                    pending(event, Role.MENTOR, plain(EmailKind.MENTOR_THANKS), now),
                    pending(event, Role.PARTICIPANT, plain(toParticipant), now));
        }
        return List.of();
    }

    private static Content plain(EmailKind kind) {
        return ContentBuilder.builder().kind(kind).build();
    }

    /** An email with the recipient's own link; an event without the token cannot be sent at all. */
    private static Content link(EmailKind kind, String checkInId, String token, Instant expiresAt) {
        requireText(token);
        return ContentBuilder.builder()
                .kind(kind)
                .checkInId(checkInId)
                .responseToken(token)
                .responseExpiresAt(expiresAt)
                .build();
    }

    private static Delivery pending(PairingEvent event, Role role, Content content, Instant now) {
        Pairing pairing = event.pairing();
        requirePeople(pairing);
        boolean toMentor = role == Role.MENTOR;
        return DeliveryBuilder.builder()
                .id(Delivery.idOf(event.eventId(), role))
                .eventId(event.eventId())
                .pairingId(event.pairingId())
                .programId(pairing.programId())
                .type(event.type())
                .recipientRole(role)
                .recipientId(toMentor ? pairing.mentorId() : pairing.participantId())
                .partnerId(toMentor ? pairing.participantId() : pairing.mentorId())
                .status(DeliveryStatus.PENDING)
                .createdAt(now)
                .nextAttemptAt(now)
                .content(content)
                .build();
    }

    private static void requirePeople(Pairing pairing) {
        if (blank(pairing.mentorId()) || blank(pairing.participantId())) {
            throw new InvalidEventException("Pairing event without mentorId or participantId");
        }
    }

    private static void requireText(String value) {
        if (blank(value)) {
            throw new InvalidEventException("Pairing event without its response token or check-in id");
        }
    }

    private static List<Slot> times(Pairing pairing, Function<Overlap, Slot> side) {
        return nonNull(pairing.overlaps()).stream()
                .map(side)
                .filter(slot -> slot != null && slot.day() != null && slot.start() != null && slot.end() != null)
                .toList();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
