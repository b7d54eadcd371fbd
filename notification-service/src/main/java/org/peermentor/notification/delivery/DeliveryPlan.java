package org.peermentor.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.peermentor.contracts.Overlap;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingAccepted;
import org.peermentor.contracts.PairingApproved;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.Slot;
import org.peermentor.notification.contact.Role;
import org.peermentor.notification.messaging.InvalidEventException;

/**
 * Which emails a pairing event causes: an approval asks the mentor to answer, an acceptance introduces the mentor
 * to the participant. Every other pairing event causes none.
 */
final class DeliveryPlan {

    private DeliveryPlan() {}

    static List<Delivery> deliveriesFor(PairingEvent event, Instant now) {
        Pairing pairing = event.pairing();
        if (event instanceof PairingApproved approved) {
            require(pairing, approved.mentorResponseToken());
            Content content = new Content(
                    pairing.sharedIssue(),
                    nonNull(pairing.formats()),
                    times(pairing, Overlap::mentorLocal),
                    approved.mentorResponseToken(),
                    approved.responseTokenExpiresAt());
            return List.of(pending(event, Role.MENTOR, pairing.mentorId(), pairing.participantId(), content, now));
        }
        if (event instanceof PairingAccepted) {
            require(pairing, "-");
            // the participant's email never needs the issue: it is not copied
            Content content = new Content(
                    null, nonNull(pairing.formats()), times(pairing, Overlap::participantLocal), null, null);
            return List.of(pending(event, Role.PARTICIPANT, pairing.participantId(), pairing.mentorId(), content, now));
        }
        return List.of();
    }

    private static Delivery pending(
            PairingEvent event, Role role, String recipientId, String partnerId, Content content, Instant now) {
        return DeliveryBuilder.builder()
                .id(Delivery.idOf(event.eventId(), role))
                .eventId(event.eventId())
                .pairingId(event.pairingId())
                .programId(event.pairing().programId())
                .type(event.type())
                .recipientRole(role)
                .recipientId(recipientId)
                .partnerId(partnerId)
                .status(DeliveryStatus.PENDING)
                .createdAt(now)
                .nextAttemptAt(now)
                .content(content)
                .build();
    }

    private static void require(Pairing pairing, String token) {
        if (blank(pairing.mentorId()) || blank(pairing.participantId()) || blank(token)) {
            throw new InvalidEventException("Pairing event without mentorId, participantId or response token");
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
