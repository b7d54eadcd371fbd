package org.peermentor.notification.contact;

import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.peermentor.contracts.Topics;
import org.peermentor.notification.messaging.EventRecords;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the contact directory in step with the profile topics. */
@Component
class ProfileEventListener {

    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final ContactDirectory contacts;

    ProfileEventListener(ContactDirectory contacts) {
        this.contacts = contacts;
    }

    // The container thread is ours to block: the offset is committed only once the directory holds the change.
    @KafkaListener(id = "contacts", idIsGroup = false, topics = {Topics.PARTICIPANT_PROFILES, Topics.MENTOR_PROFILES})
    void onProfileEvent(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            contacts.forget(record.key()).block(STORE_TIMEOUT);
            return;
        }
        contacts.apply(Contact.of(EventRecords.profileEvent(record))).block(STORE_TIMEOUT);
    }
}
