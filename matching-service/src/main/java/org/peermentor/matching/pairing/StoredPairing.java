package org.peermentor.matching.pairing;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import org.bson.Document;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.profile.Names;
import org.peermentor.service.store.BsonRecords;
import org.peermentor.service.store.StoredDates;

/**
 * A pairing document: the current {@link Pairing} plus what only this service keeps, its follow-up (reminder,
 * check-ins and their answers) included. A view never carries a check-in's private note.
 */
@RecordBuilder
public record StoredPairing(
        Pairing pairing,
        String reason,
        boolean rematch,
        String responseNonce,
        Instant responseExpiresAt,
        Instant createdAt,
        Instant updatedAt,
        FollowUp followUp) {

    public StoredPairing {
        followUp = followUp == null ? FollowUp.NONE : followUp;
    }

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
                StoredDates.instant(document, "responseExpiresAt"),
                StoredDates.instant(document, "createdAt"),
                StoredDates.instant(document, "updatedAt"),
                FollowUpDocument.read(document));
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
                .linkExpiresAt(pairing.status() == PairingStatus.APPROVED ? responseExpiresAt : null)
                .reminded(pairing.status() == PairingStatus.APPROVED ? followUp.reminded() : null)
                .acceptedAt(followUp.acceptedAt())
                .checkInsSent(followUp.checkInsSent())
                .health(PairingHealth.of(pairing.status(), followUp))
                .build();
    }
}
