package org.peermentor.notification.delivery;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;
import org.peermentor.notification.contact.Role;
import org.peermentor.notification.mail.EmailKind;
import org.peermentor.service.store.StoredDates;

/**
 * A delivery as the {@code deliveries} collection stores it, and back, including how a delivery recorded by an older
 * version of this service reads today. {@link DeliveryLog}'s queries and changes name the same fields.
 */
final class DeliveryDocuments {

    private DeliveryDocuments() {}

    /** The document first recorded for a delivery, content included. */
    static Document toDocument(Delivery delivery) {
        Content content = delivery.content();
        Document document = new Document("_id", delivery.id())
                .append("eventId", delivery.eventId())
                .append("pairingId", delivery.pairingId())
                .append("programId", delivery.programId())
                .append("type", delivery.type())
                .append("recipientRole", delivery.recipientRole().name())
                .append("recipientId", delivery.recipientId())
                .append("partnerId", delivery.partnerId())
                .append("status", delivery.status().name())
                .append("attempts", delivery.attempts())
                .append("tries", delivery.tries())
                .append("revision", delivery.revision())
                .append("createdAt", Date.from(delivery.createdAt()))
                .append("nextAttemptAt", Date.from(delivery.nextAttemptAt()));
        if (content != null) {
            document.append(
                    "content",
                    new Document("kind", content.kind().name())
                            .append("sharedIssue", content.sharedIssue())
                            .append(
                                    "formats",
                                    content.formats().stream().map(Format::name).toList())
                            .append(
                                    "times",
                                    content.times().stream()
                                            .map(DeliveryDocuments::slotDocument)
                                            .toList())
                            .append("checkInId", content.checkInId())
                            .append("responseToken", content.responseToken())
                            .append(
                                    "responseExpiresAt",
                                    content.responseExpiresAt() == null
                                            ? null
                                            : Date.from(content.responseExpiresAt())));
        }
        return document;
    }

    /** The delivery a stored document holds, whichever version of this service recorded it. */
    static Delivery fromDocument(Document document) {
        Document content = document.get("content", Document.class);
        Role role = Role.valueOf(document.getString("recipientRole"));
        return DeliveryBuilder.builder()
                .id(document.getString("_id"))
                .eventId(document.getString("eventId"))
                .pairingId(document.getString("pairingId"))
                .programId(document.getString("programId"))
                .type(document.getString("type"))
                .recipientRole(role)
                .recipientId(document.getString("recipientId"))
                .partnerId(document.getString("partnerId"))
                .recipient(document.getString("recipient"))
                .status(DeliveryStatus.valueOf(document.getString("status")))
                .attempts(document.get("attempts", Number.class).intValue())
                // recorded before tries were counted apart: each of its attempts was a try
                .tries(document.get("tries", document.get("attempts", Number.class))
                        .intValue())
                .revision(document.get("revision", Number.class).longValue())
                .createdAt(StoredDates.instant(document, "createdAt"))
                .nextAttemptAt(StoredDates.instant(document, "nextAttemptAt"))
                .sentAt(StoredDates.instant(document, "sentAt"))
                .reason(document.getString("reason"))
                .content(content == null ? null : contentOf(content, role))
                .build();
    }

    private static Content contentOf(Document content, Role role) {
        String kind = content.getString("kind");
        return ContentBuilder.builder()
                // recorded before emails had kinds: a mentor's was the request, a participant's the introduction
                .kind(
                        kind != null
                                ? EmailKind.valueOf(kind)
                                : role == Role.MENTOR ? EmailKind.MENTOR_REQUEST : EmailKind.MENTOR_INTRODUCTION)
                .sharedIssue(content.getString("sharedIssue"))
                .formats(content.getList("formats", String.class, List.of()).stream()
                        .map(Format::valueOf)
                        .toList())
                .times(content.getList("times", Document.class, List.of()).stream()
                        .map(DeliveryDocuments::slotOf)
                        .toList())
                .checkInId(content.getString("checkInId"))
                .responseToken(content.getString("responseToken"))
                .responseExpiresAt(StoredDates.instant(content, "responseExpiresAt"))
                .build();
    }

    private static Document slotDocument(Slot slot) {
        return new Document("day", slot.day().name())
                .append("start", slot.start().toString())
                .append("end", slot.end().toString());
    }

    private static Slot slotOf(Document slot) {
        return new Slot(
                DayOfWeek.valueOf(slot.getString("day")),
                LocalTime.parse(slot.getString("start")),
                LocalTime.parse(slot.getString("end")));
    }
}
