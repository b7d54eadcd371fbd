package org.peermentor.service.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The relay's reads and writes: finds the documents with events waiting, sends their events to Kafka and takes the
 * events sent off their documents. When and how often is the {@link OutboxRelay}'s business; this holds no state.
 *
 * @param source the CloudEvents {@code source} of every event published
 * @param telemetry the relay's metrics, and the traces its sends continue
 */
record OutboxPublisher(
        ReactiveMongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, String source, OutboxTelemetry telemetry) {

    private static final int DOCUMENTS_IN_FLIGHT = 256;

    /** Up to {@code most} documents of the collection with events waiting, announced or not. */
    Mono<List<Document>> waiting(String collection, int most) {
        return mongo.find(Query.query(where("outbox.eventId").exists(true)).limit(most), Document.class, collection)
                .collectList();
    }

    /** Those of these documents that still have events waiting. */
    Flux<Document> waiting(String collection, List<String> ids) {
        // One query for the batch: {_id: {$in: …}} is answered from the _id index by MongoDB and the embedded server
        // alike
        return mongo.find(Query.query(where("_id").in(ids)), Document.class, collection)
                .filter(document ->
                        !document.getList("outbox", Document.class, List.of()).isEmpty());
    }

    /** Counts the documents of each collection that hold events still to publish. */
    Mono<Void> refreshBacklog(List<String> collections) {
        return telemetry.refreshBacklog(mongo, collections);
    }

    /**
     * Sends the events of these documents (each document's in version order, documents side by side, on
     * {@code scheduler}), then takes the events sent off their documents in one update — one write for the batch, not
     * one per document. Emits the documents whose events went out; when a send failed, the others are still taken off
     * and then the pass fails, so what failed is sent again later.
     */
    Flux<Document> publish(String collection, List<Document> documents, Scheduler scheduler) {
        if (documents.isEmpty()) {
            return Flux.empty();
        }
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        return Flux.fromIterable(documents)
                .flatMap(
                        document -> send(document, scheduler)
                                .thenReturn(document)
                                .onErrorResume(failure -> {
                                    failures.add(failure);
                                    return Mono.empty();
                                }),
                        DOCUMENTS_IN_FLIGHT)
                .collectList()
                .flatMapMany(sent -> removeSent(collection, sent).thenMany(Flux.fromIterable(sent)))
                .concatWith(Mono.defer(() -> failures.isEmpty() ? Mono.empty() : Mono.error(failures.get(0))));
    }

    private Mono<Void> send(Document document, Scheduler scheduler) {
        return Flux.fromIterable(entries(document))
                .publishOn(scheduler)
                .concatMap(entry -> Mono.fromFuture(
                                () -> telemetry.inTraceOf(entry, () -> kafka.send(CloudEventRecords.of(entry, source))))
                        .doOnSuccess(sent -> telemetry.published(entry)))
                .then();
    }

    private Mono<Void> removeSent(String collection, List<Document> sent) {
        if (sent.isEmpty()) {
            return Mono.empty();
        }
        List<Object> ids = sent.stream().map(document -> document.get("_id")).toList();
        List<String> eventIds = sent.stream()
                .flatMap(document -> entries(document).stream())
                .map(OutboxEntry::eventId)
                .toList();
        return mongo.updateMulti(
                        Query.query(where("_id").in(ids)),
                        new Update().pull("outbox", new Document("eventId", new Document("$in", eventIds))),
                        collection)
                .then();
    }

    private static List<OutboxEntry> entries(Document document) {
        return document.getList("outbox", Document.class).stream()
                .map(OutboxEntry::from)
                .sorted(Comparator.comparingLong(OutboxEntry::version))
                .toList();
    }
}
