package org.peermentor.intake.pairing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Topics;
import org.peermentor.intake.audit.AuditTrail;
import org.peermentor.intake.audit.RecordAction;
import org.peermentor.intake.profile.Registrar;
import org.peermentor.service.security.Caller;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A participant's status follows their pairings: every pairing event carries the status matching decided and a
 * sequence number, so a redelivered or late event never moves the status back. Events come in batches: per
 * participant only the highest sequence of the batch counts, and one query tells which participants intake holds
 * (a burst of pairing events costs one read, not one per event). A record that cannot be read is named to the
 * container's error handler by its place in the batch: those before it count, it goes to the dead-letter topic.
 * A store failure goes to the error handler too, which waits out the outage before the batch is tried again.
 */
@Component
record PairingStatusListener(Registrar<ParticipantProfile> participants, AuditTrail audit) {
    private static final Caller MATCHING = new Caller("matching-service", Set.of(), null);
    // longer than the MongoDB driver's server selection (30 s), so an outage surfaces as the driver's own failure
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(60);

    // The container thread is ours to block: the offsets are committed once the statuses are stored. A fetch waits
    // up to 200 ms for 64 KB of events, so a burst comes in a few big batches, not hundreds of small ones.
    @KafkaListener(
            id = "participant-status",
            topics = Topics.PAIRING_EVENTS,
            batch = "true",
            properties = {"fetch.min.bytes=65536", "fetch.max.wait.ms=200"})
    void onPairingEvents(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, Pairing> latest = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Pairing pairing;
            try {
                pairing = EventJson.readPairingEvent(
                                type(records.get(i)), records.get(i).value())
                        .pairing();
            } catch (RuntimeException unreadable) {
                follow(latest);
                throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, i);
            }
            if (pairing != null && pairing.participantId() != null && pairing.participantStatus() != null) {
                latest.merge(
                        pairing.participantId(),
                        pairing,
                        (known, next) -> next.participantSequence() > known.participantSequence() ? next : known);
            }
        }
        follow(latest);
    }

    private void follow(Map<String, Pairing> latest) {
        try {
            participants
                    .store()
                    .existing(latest.keySet())
                    .concatMap(id -> follow(latest.get(id)))
                    .then()
                    .block(STORE_TIMEOUT);
        } catch (RuntimeException failure) {
            // nothing is known to be stored: the batch comes again from its first record, once the store is back
            throw new BatchListenerFailedException("Statuses could not be stored", failure, 0);
        }
    }

    private Mono<ParticipantProfile> follow(Pairing pairing) {
        ProfileStatus status = pairing.participantStatus();
        return participants
                .store()
                .followStatus(
                        pairing.participantId(),
                        status,
                        pairing.participantSequence(),
                        current -> participants.withStatus(current, status))
                .flatMap(changed -> audit.record(
                                MATCHING,
                                RecordAction.STATUS,
                                participants.kind().name(),
                                changed.id(),
                                changed.programId())
                        .thenReturn(changed));
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (header == null) {
            throw new IllegalArgumentException("Record without a " + CloudEventHeaders.TYPE + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
