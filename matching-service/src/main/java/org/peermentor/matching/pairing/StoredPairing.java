package org.peermentor.matching.pairing;

import java.time.Instant;
import org.bson.Document;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.profile.Names;
import org.peermentor.service.store.BsonRecords;

/** A pairing document: the current {@link Pairing} plus what only this service keeps. */
public record StoredPairing(Pairing pairing, String reason, boolean rematch, String responseNonce,
                            Instant responseExpiresAt, Instant createdAt, Instant updatedAt) {

    public String id() {
        return pairing.id();
    }

    public PairingStatus status() {
        return pairing.status();
    }

    public long version() {
        return pairing.version();
    }

    static StoredPairing from(Document document) {
        return new StoredPairing(BsonRecords.fromBson(document.get("pairing", Document.class), Pairing.class),
                document.getString("reason"), Boolean.TRUE.equals(document.getBoolean("rematch")),
                document.getString("responseNonce"), instant(document, "responseExpiresAt"),
                instant(document, "createdAt"), instant(document, "updatedAt"));
    }

    public PairingView view(Names names) {
        return new PairingView(pairing.id(), pairing.programId(), pairing.roundId(), pairing.participantId(),
                names.participant(pairing.participantId()), pairing.mentorId(), names.mentor(pairing.mentorId()),
                pairing.status(), pairing.version(), pairing.sharedIssue(), pairing.formats(),
                pairing.overlaps(), pairing.explanation(), reason,
                pairing.status() == PairingStatus.ENDED ? rematch : null, createdAt, updatedAt);
    }

    private static Instant instant(Document document, String field) {
        java.util.Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
