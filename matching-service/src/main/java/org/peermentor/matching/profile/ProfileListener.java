package org.peermentor.matching.profile;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.Topics;
import org.peermentor.matching.erasure.Erasure;
import org.peermentor.matching.round.RoundTrigger;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the profile replica current. A new arrival or a changed mentor may let more people be matched, so
 * every change nudges the program's automatic round; a tombstone (no value) erases the person. Failures go to
 * the container's error handler.
 */
@Component
class ProfileListener {

    private final ProfileReplica replica;
    private final RoundTrigger rounds;
    private final Erasure erasure;

    ProfileListener(ProfileReplica replica, RoundTrigger rounds, Erasure erasure) {
        this.replica = replica;
        this.rounds = rounds;
        this.erasure = erasure;
    }

    @KafkaListener(id = "profile-replica", topics = {Topics.PARTICIPANT_PROFILES, Topics.MENTOR_PROFILES})
    Mono<Void> onProfileEvent(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return onErasure(record);
        }
        return Mono.fromCallable(() -> EventJson.readProfileEvent(type(record), record.value()))
                .flatMap(replica::apply)
                .doOnNext(rounds::nudge)
                .then();
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
