package org.peermentor.matching.round;

import java.util.Date;
import org.bson.Document;
import org.peermentor.service.store.BsonRecords;

/** A round as stored: its record, beside top-level copies of what the queries filter and sort by. */
final class RoundDocument {

    private RoundDocument() {}

    static Document of(MatchRound round) {
        return new Document("_id", round.id())
                .append("programId", round.programId())
                .append("status", round.status().name())
                .append("dryRun", round.dryRun())
                .append("startedAt", Date.from(round.startedAt()))
                .append("round", BsonRecords.toBson(round));
    }

    /**
     * A real round whose outcome is stored but whose pairings are not all made, or whose program is still locked,
     * still shows as SOLVING: a manager who sees COMPLETED can decide on its proposals at once.
     */
    static MatchRound visible(Document document) {
        MatchRound round = round(document);
        boolean applying =
                round.status() == RoundStatus.COMPLETED && !round.dryRun() && !document.getBoolean("applied", false);
        return applying ? round.asSolving() : round;
    }

    static MatchRound round(Document document) {
        return BsonRecords.fromBson(document.get("round", Document.class), MatchRound.class);
    }
}
