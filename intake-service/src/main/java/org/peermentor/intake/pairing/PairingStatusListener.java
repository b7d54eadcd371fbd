package org.peermentor.intake.pairing;

import org.peermentor.intake.audit.AuditAction;
import org.peermentor.intake.audit.AuditTrail;
import org.peermentor.service.security.Caller;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Topics;
import org.peermentor.intake.profile.ProfileStore;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A participant's status follows their pairings: every pairing event carries the status matching decided and a
 * sequence number, so a redelivered or late event never moves the status back. Failures go to the container's
 * error handler, which waits out a store outage and sends unreadable records to the dead-letter topic.
 */
@Component
class PairingStatusListener {

    private static final Caller MATCHING = new Caller("matching-service", java.util.Set.of(), null);
    // longer than the MongoDB driver's server selection (30 s), so an outage surfaces as the driver's own failure
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(60);

    private final ProfileStore<ParticipantProfile> participants;
    private final AuditTrail audit;

    PairingStatusListener(ProfileStore<ParticipantProfile> participants, AuditTrail audit) {
        this.participants = participants;
        this.audit = audit;
    }

    // The container thread is ours to block: the offset is committed only once the status has followed. (Returned as
    // a Mono, the offset was committed whatever became of it, and a store outage lost status changes for good.)
    @KafkaListener(id = "participant-status", topics = Topics.PAIRING_EVENTS)
    void onPairingEvent(ConsumerRecord<String, byte[]> record) {
        Pairing pairing = EventJson.readPairingEvent(type(record), record.value()).pairing();
        if (pairing.participantStatus() != null) {
            follow(pairing).block(STORE_TIMEOUT);
        }
    }

    private Mono<ParticipantProfile> follow(Pairing pairing) {
        ProfileStatus status = pairing.participantStatus();
        return participants.followStatus(pairing.participantId(), status, pairing.participantSequence(),
                p -> new ParticipantProfile(p.id(), p.version() + 1, status, p.registeredAt(), participants.now(),
                        p.programId(), p.firstName(), p.lastName(), p.email(), p.phone(), p.birthYear(), p.gender(),
                        p.languages(), p.timezone(), p.region(), p.primaryIssue(), p.issues(), p.formats(),
                        p.mentorGenderPreference(), p.availability(), p.urgency(), p.consent()))
                .flatMap(changed -> audit.record(MATCHING, AuditAction.STATUS, participants.kind().name(), changed.id(),
                        changed.programId()).thenReturn(changed));
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (header == null) {
            throw new IllegalArgumentException("Record without a " + CloudEventHeaders.TYPE + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
