package org.peermentor.matching.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.MentorWithdrawn;
import org.peermentor.contracts.ParticipantWithdrawn;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.Topics;
import org.peermentor.matching.erasure.Erasure;
import org.peermentor.matching.pairing.Departures;
import org.peermentor.matching.profile.PersonKind;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.program.RoundNudge;
import org.peermentor.service.messaging.ConsumedRecords;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the profile replica current. A new arrival or a changed mentor may let more people be matched, so
 * every change nudges the program's automatic round; a withdrawal closes the person's open pairings; a tombstone (no
 * value) erases the person. Failures go to the container's error handler, which waits out a store outage and
 * dead-letters a record that cannot be read.
 */
@Component
record ProfileListener(ProfileReplica replica, RoundNudge rounds, Erasure erasure, Departures departures) {
    // longer than the MongoDB driver's server selection (30 s), so an outage surfaces as the driver's own failure
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(60);

    // The container thread is ours to block: the offset is committed only once the replica holds the change. (Returned
    // as a Mono, the offset was committed whatever became of it, and a store outage lost the profiles for good.)
    @KafkaListener(
            id = "profile-replica",
            topics = {Topics.PARTICIPANT_PROFILES, Topics.MENTOR_PROFILES})
    void onProfileEvent(ConsumerRecord<String, byte[]> record) {
        ConsumedRecords.log(record);
        if (record.value() == null) {
            onErasure(record).block(STORE_TIMEOUT);
            return;
        }
        ProfileEvent event = EventJson.readProfileEvent(type(record), record.value());
        replica.apply(event).doOnNext(rounds::nudge).then(departure(event)).block(STORE_TIMEOUT);
    }

    /**
     * A withdrawal closes the person's open pairings, whether or not the replica had it already: a crash after the
     * replica took it must not leave them open when the record comes again.
     */
    private Mono<Void> departure(ProfileEvent event) {
        if (event instanceof ParticipantWithdrawn withdrawn) {
            return departures
                    .personLeft(PersonKind.PARTICIPANT, withdrawn.participantId())
                    .then();
        }
        if (event instanceof MentorWithdrawn withdrawn) {
            return departures
                    .personLeft(PersonKind.MENTOR, withdrawn.mentorId())
                    .then();
        }
        return Mono.empty();
    }

    /** A tombstone: the person was erased ({@code ParticipantErased} / {@code MentorErased}). */
    private Mono<Void> onErasure(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            throw new IllegalArgumentException("A tombstone without a key names nobody");
        }
        return erasure.forget(PersonKind.ofTopic(record.topic()), record.key());
    }

    static String type(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (header == null) {
            throw new IllegalArgumentException("Record without a " + CloudEventHeaders.TYPE + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
