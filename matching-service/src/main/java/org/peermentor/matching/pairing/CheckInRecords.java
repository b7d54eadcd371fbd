package org.peermentor.matching.pairing;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.service.outbox.OutboxEntry;
import org.peermentor.service.outbox.OutboxRelay;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The check-ins kept in accepted pairings' documents ({@link PairingStore#COLLECTION}): which are due, opening one
 * with its event, and the answers people give. Each write is one conditional update of one document, so two sweeps
 * or two answers at once change it once.
 */
@Component
public record CheckInRecords(ReactiveMongoTemplate mongo, OutboxRelay relay) {

    /** Accepted pairings whose participant answered a check-in "not a good fit" and asked for another mentor. */
    public Flux<StoredPairing> newMentorAsked() {
        Query asked = Query.query(where("status")
                .is(PairingStatus.ACCEPTED.name())
                .and("answers")
                .elemMatch(where("role")
                        .is(CheckInRole.PARTICIPANT.name())
                        .and("answer")
                        .is(CheckInReply.NOT_A_FIT.name())
                        .and("wantsNewMentor")
                        .is(true)));
        return mongo.find(asked, Document.class, PairingStore.COLLECTION).map(StoredPairing::from);
    }

    /** Accepted pairings whose next check-in is due by {@code now}, the longest due first, at most {@code limit}. */
    public Flux<StoredPairing> checkInsDue(Instant now, int limit) {
        Query due = Query.query(where("status")
                        .is(PairingStatus.ACCEPTED.name())
                        .and("nextCheckInAt")
                        .lte(Date.from(now)))
                .with(Sort.by("nextCheckInAt", "_id"))
                .limit(limit);
        return mongo.find(due, Document.class, PairingStore.COLLECTION).map(StoredPairing::from);
    }

    /**
     * Opens the pairing's next check-in: counts it, moves the next one's due time to {@code nextDue} and stores
     * {@code event}, in one write conditional on the count and due time read, so a check-in is opened once however
     * many sweeps (other instances, this one after a restart) read it due. Emits whether this write opened it.
     */
    public Mono<Boolean> openCheckIn(StoredPairing current, Instant nextDue, PairingEvent event) {
        FollowUp read = current.followUp();
        Query unchanged = Query.query(where("_id")
                .is(current.id())
                .and("status")
                .is(PairingStatus.ACCEPTED.name())
                .and("nextCheckInAt")
                .is(Date.from(read.nextCheckInAt()))
                .and("checkInsSent")
                .in(read.checkInsSent() == 0 ? Arrays.asList(0, null) : List.of(read.checkInsSent())));
        Update open = new Update()
                .set("checkInsSent", read.checkInsSent() + 1)
                .set("nextCheckInAt", Date.from(nextDue))
                .push("outbox", OutboxEntry.of(event));
        return mongo.updateFirst(unchanged, open, PairingStore.COLLECTION)
                .map(result -> result.getMatchedCount() == 1)
                .doOnNext(opened -> {
                    if (opened) {
                        relay.announce(PairingStore.COLLECTION, current.id());
                    }
                });
    }

    /**
     * Keeps a person's answer to a check-in of this accepted pairing, if that check-in was sent and they have not
     * answered it yet: one conditional push, so of two answers sent at once only one is kept. Emits whether it was.
     */
    public Mono<Boolean> recordAnswer(String pairingId, CheckInAnswer answer) {
        Query open = Query.query(where("_id")
                .is(pairingId)
                .and("status")
                .is(PairingStatus.ACCEPTED.name())
                .and("checkInsSent")
                .gte(answer.number())
                .and("answers")
                .not()
                .elemMatch(where("number")
                        .is(answer.number())
                        .and("role")
                        .is(answer.role().name())));
        Document kept = new Document("number", answer.number())
                .append("role", answer.role().name())
                .append("answer", answer.answer().name())
                .append("wantsNewMentor", answer.wantsNewMentor())
                .append("answeredAt", Date.from(answer.answeredAt()));
        if (answer.note() != null) {
            kept.append("note", answer.note());
        }
        return mongo.updateFirst(open, new Update().push("answers", kept), PairingStore.COLLECTION)
                .map(result -> result.getMatchedCount() == 1);
    }
}
