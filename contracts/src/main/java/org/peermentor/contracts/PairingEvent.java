package org.peermentor.contracts;

import java.time.Instant;

/** An event on {@code pairing-events}, keyed by the pairing id; its type is the record's simple name. */
public sealed interface PairingEvent
        permits PairingProposed,
                PairingApproved,
                PairingRejected,
                PairingSuperseded,
                PairingAccepted,
                PairingDeclined,
                PairingEnded,
                PairingReminderDue,
                PairingExpired,
                PairingCheckInDue {

    String eventId();

    Instant occurredAt();

    String pairingId();

    Pairing pairing();

    default String type() {
        return getClass().getSimpleName();
    }
}
