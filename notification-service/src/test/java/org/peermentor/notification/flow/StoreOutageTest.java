package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.embedded.EmbeddedMail;
import org.peermentor.embedded.EmbeddedMongo;
import org.peermentor.notification.support.NotificationHarness;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.TestSettings;
import org.peermentor.testkit.DeadLetters;
import org.peermentor.testkit.GroupOffsets;
import org.peermentor.testkit.SharedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The listeners while MongoDB is away: profiles and pairing events that arrive meanwhile are neither skipped nor
 * dead-lettered, nothing read is committed as done, and once the store is back each mentor is emailed exactly once.
 * On a broker and a store of the test's own, which it stops and starts (the driver gives up after a second, so each
 * try fails fast).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // its broker and store are its own
class StoreOutageTest extends NotificationHarness {

    private static final EmbeddedKafkaBroker kafka = SharedInfrastructure.startKafka();
    private static final EmbeddedMongo mongo = SharedInfrastructure.startMongo();
    private static final List<String> TOPICS =
            List.of(Topics.PARTICIPANT_PROFILES, Topics.MENTOR_PROFILES, Topics.PAIRING_EVENTS);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownBrokerAndStore(DynamicPropertyRegistry registry) {
        TestSettings.connect(
                registry,
                kafka::bootstrapServers,
                () -> mongo.connectionString() + "/notification?serverSelectionTimeoutMS=1000",
                () -> SharedInfrastructure.mail().smtpPort());
    }

    @Test
    void profilesAndPairingsThatArriveWhileTheStoreIsAwayAreEmailedOnceWhenItIsBack() {
        PairingFixture before = registered(Person.participant(), Person.mentor());
        publish(before.approved());
        awaitPairingLog(before.id(), 1, "SENT");

        Person cyd = Person.participant();
        Person dan = Person.mentor();
        mongo.stop();
        PairingFixture during = registered(cyd, dan);
        publish(during.approved());
        // while the store is away, tries keep failing and none of the three records may be committed as done
        GroupOffsets.awaitLagHeldAt(3, kafka.bootstrapServers(), "notification-service", TOPICS.toArray(String[]::new));
        mongo.start();

        awaitPairingLog(during.id(), 1, "SENT");
        assertThat(awaitEmailsTo(dan.email(), 1)).hasSize(1);
        assertThat(emailsTo(before.mentor().email())).hasSize(1);
        assertThat(TOPICS)
                .allSatisfy(topic -> assertThat(new DeadLetters(kafka.bootstrapServers(), topic).count())
                        .as(topic + ".DLT")
                        .isZero());
    }

    @Override
    protected String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    protected EmbeddedMail mail() {
        return SharedInfrastructure.mail();
    }

    @Override
    protected int port() {
        return port;
    }
}
