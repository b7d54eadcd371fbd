package org.peermentor.notification.contact;

import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.peermentor.contracts.Topics;
import org.peermentor.notification.messaging.EventRecords;
import org.peermentor.service.messaging.ConsumedRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the contact directory in step with the profile topics, and tells the service when a person is erased. */
@Component
record ProfileEventListener(ContactDirectory contacts, ApplicationEventPublisher events) {
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    // The container thread is ours to block: the offset is committed only once the directory holds the change.
    @KafkaListener(
            id = "contacts",
            idIsGroup = false,
            topics = {Topics.PARTICIPANT_PROFILES, Topics.MENTOR_PROFILES})
    void onProfileEvent(ConsumerRecord<String, byte[]> record) {
        ConsumedRecords.log(record);
        if (record.value() == null) {
            onTombstone(record);
            return;
        }
        contacts.apply(Contact.of(EventRecords.profileEvent(record))).block(STORE_TIMEOUT);
    }

    /**
     * The person was erased: forget them here, then everywhere else in the service. A tombstone is never a poison
     * record: one for an id never seen, or seen again on a replay, simply finds nothing left to forget.
     */
    private void onTombstone(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null || record.key().isBlank()) {
            return; // names nobody, so there is nobody to forget
        }
        contacts.forget(record.key()).block(STORE_TIMEOUT);
        Role role = Topics.MENTOR_PROFILES.equals(record.topic()) ? Role.MENTOR : Role.PARTICIPANT;
        events.publishEvent(new PersonErased(record.key(), role));
    }
}
