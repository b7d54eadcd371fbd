package org.peermentor.service.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.peermentor.service.metrics.GaugesByTag;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the relay tells the person on call: {@code peermentor_outbox_published_total} by event type,
 * {@code peermentor_outbox_backlog} (documents with events waiting) by collection; and the trace each send continues,
 * the one its event was written in.
 */
public final class OutboxTelemetry {

    private final ObservationRegistry observations;
    private final MeterRegistry meters;
    private final GaugesByTag backlog;

    public OutboxTelemetry(ObservationRegistry observations, MeterRegistry meters) {
        this.observations = observations;
        this.meters = meters;
        this.backlog = new GaugesByTag(
                meters, "peermentor.outbox.backlog", "Documents whose events wait to be published", "collection");
    }

    void published(OutboxEntry entry) {
        Counter.builder("peermentor.outbox.published")
                .description("Events the outbox relay published, by event type")
                .tag("type", entry.type())
                .register(meters)
                .increment();
    }

    /** Counts the documents of each collection that hold events still to publish. */
    Mono<Void> refreshBacklog(ReactiveMongoTemplate mongo, List<String> collections) {
        return Flux.fromIterable(collections)
                .concatMap(collection -> mongo.count(
                                Query.query(Criteria.where("outbox.eventId").exists(true)), Document.class, collection)
                        .doOnNext(count -> backlog.set(collection, count)))
                .then()
                .onErrorResume(failure -> Mono.empty()); // the store is away: the relay says so in the log
    }

    /** Runs {@code send} inside the trace {@code entry} was written in (a new one when it has none). */
    <T> T inTraceOf(OutboxEntry entry, Supplier<T> send) {
        ReceiverContext<OutboxEntry> context =
                new ReceiverContext<>((carrier, key) -> "traceparent".equals(key) ? carrier.traceparent() : null);
        context.setCarrier(entry);
        context.setRemoteServiceName("outbox");
        Observation observation = Observation.createNotStarted("peermentor.outbox.relay", () -> context, observations)
                .contextualName("outbox " + entry.type())
                .lowCardinalityKeyValue("type", entry.type())
                .start();
        try (Observation.Scope scope = observation.openScope()) {
            return send.get();
        } catch (RuntimeException e) {
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }
}
