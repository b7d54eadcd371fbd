package org.peermentor.notification.support;

/**
 * One line of the delivery log as {@code GET /api/notifications} answers it, with the fields the tests read (the
 * shape of the whole line, every key, is pinned by {@code DeliveryLogEndpointTest}).
 */
public record DeliveryLogLine(
        String id,
        String eventId,
        String pairingId,
        String type,
        String recipient,
        String status,
        int attempts,
        String sentAt,
        String recipientRole,
        String reason) {}
