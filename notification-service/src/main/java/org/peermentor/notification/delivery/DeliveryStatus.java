package org.peermentor.notification.delivery;

/** Where a delivery stands. Only PENDING ones are ever sent; the others are final. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED,
    SKIPPED_NO_CONSENT
}
