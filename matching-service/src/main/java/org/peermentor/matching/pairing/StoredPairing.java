package org.peermentor.matching.pairing;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.profile.Names;
import org.peermentor.service.store.BsonRecords;

/** A pairing document: the current {@link Pairing} plus what only this service keeps. */
public record StoredPairing(
        Pairing pairing,
        String reason,
        boolean rematch,
        String responseNonce,
        Instant responseExpiresAt,
        Instant createdAt,
        Instant updatedAt) {

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
        return new StoredPairing(
                BsonRecords.fromBson(document.get("pairing", Document.class), Pairing.class),
                document.getString("reason"),
                Boolean.TRUE.equals(document.getBoolean("rematch")),
                document.getString("responseNonce"),
                instant(document, "responseExpiresAt"),
                instant(document, "createdAt"),
                instant(document, "updatedAt"));
    }

    public PairingView view(Names names) {
        return PairingViewBuilder.builder()
                .id(pairing.id())
                .programId(pairing.programId())
                .roundId(pairing.roundId())
                .participantId(pairing.participantId())
                .participantFirstName(names.participant(pairing.participantId()))
                .mentorId(pairing.mentorId())
                .mentorFirstName(names.mentor(pairing.mentorId()))
                .status(pairing.status())
                .version(pairing.version())
                .sharedIssue(pairing.sharedIssue())
                .formats(pairing.formats())
                .overlaps(pairing.overlaps())
                .explanation(pairing.explanation())
                .reason(reason)
                .rematch(pairing.status() == PairingStatus.ENDED ? rematch : null)
                .createdAt(createdAt)
                .updatedAt(updatedAt)
                .build();
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
