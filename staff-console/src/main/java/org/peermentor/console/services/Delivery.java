package org.peermentor.console.services;

import java.time.Instant;

/** One email of a pairing's delivery log (the notification service's), without its address when shown to staff. */
public record Delivery(
        String id,
        String type,
        String recipientRole,
        String status,
        int attempts,
        Instant sentAt,
        Instant createdAt,
        String reason) {}
