package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.embedded.EmbeddedMongo;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.RunningNotification;
import org.peermentor.testkit.DeadLetterTopic;
import org.peermentor.testkit.GroupOffsets;
import org.peermentor.testkit.SharedInfrastructure;

/**
 * The listeners while MongoDB is away: profiles and pairing events that arrive meanwhile are neither skipped nor
 * dead-lettered, nothing read is committed as done, and once the store is back each mentor is emailed exactly once.
 */
class StoreOutageTest extends RunningNotification {

    private static final List<String> TOPICS =
            List.of(Topics.PARTICIPANT_PROFILES, Topics.MENTOR_PROFILES, Topics.PAIRING_EVENTS);

    @Test
    void profilesAndPairingsThatArriveWhileTheStoreIsAwayAreEmailedOnceWhenItIsBack() {
        PairingFixture before = registered(Person.participant(), Person.mentor());
        publish(before.approved());
        awaitPairingLog(before.id(), 1, "SENT");
        Map<String, Long> lettersBefore = deadLetters();

        Person cyd = Person.participant();
        Person dan = Person.mentor();
        EmbeddedMongo store = SharedInfrastructure.mongo();
        store.stop();
        try {
            PairingFixture during = registered(cyd, dan);
            publish(during.approved());
            // while the store is away, tries keep failing and none of the three records may be committed as done
            GroupOffsets.awaitLagHeldAt(3, bootstrapServers(), "notification-service", TOPICS.toArray(String[]::new));
            store.start();

            awaitPairingLog(during.id(), 1, "SENT");
        } finally {
            if (!store.isRunning()) {
                store.start();
            }
        }
        assertThat(awaitEmailsTo(dan.email(), 1)).hasSize(1);
        assertThat(emailsTo(before.mentor().email())).hasSize(1);
        assertThat(deadLetters()).as("letters per dead-letter topic").isEqualTo(lettersBefore);
    }

    private Map<String, Long> deadLetters() {
        return TOPICS.stream()
                .collect(Collectors.toMap(
                        Function.identity(), topic -> new DeadLetterTopic(bootstrapServers(), topic).count()));
    }
}
