package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingApproved;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.embedded.EmbeddedMail;
import org.peermentor.notification.NotificationApplication;
import org.peermentor.notification.support.DeliveryLogLine;
import org.peermentor.notification.support.NotificationHarness;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.TestSettings;
import org.peermentor.testkit.SharedInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same event delivered three times — a first delivery, a republished copy after a restart, and a replay of the
 * whole topic by a new consumer group after another restart — sends one email. The service runs as a whole
 * application each time, on a broker of this test's own so no other service instance shares its topics.
 */
class RedeliveryAcrossRestartsTest extends NotificationHarness {

    static final EmbeddedKafkaBroker BROKER = SharedInfrastructure.startKafka();

    private ConfigurableApplicationContext service;

    @Test
    void theSameEventDeliveredThreeTimesWithRestartsInBetweenSendsOneEmail() {
        Person ana = Person.participant();
        Person bea = Person.mentor();
        PairingFixture pairing = PairingFixture.of(ana, bea);
        PairingApproved approved = pairing.approved();
        register(ana, bea);

        start("notification-service");
        publish(approved);
        awaitPairingLog(pairing.id(), 1, "SENT");
        assertThat(emailsTo(bea.email())).hasSize(1);
        stop();

        start("notification-service");
        RecordMetadata republished = publish(approved);
        awaitConsumed("notification-service", republished);
        stop();

        start("notification-replay"); // a new group: reads every pairing event from the beginning
        RecordMetadata third = publish(approved);
        awaitConsumed("notification-replay", third);

        List<DeliveryLogLine> log = deliveryLog("pairingId=" + pairing.id());
        assertThat(log)
                .singleElement()
                .satisfies(entry -> assertThat(entry)
                        .extracting(DeliveryLogLine::status, DeliveryLogLine::attempts)
                        .containsExactly("SENT", 1));
        assertThat(emailsTo(bea.email())).hasSize(1);
    }

    private void start(String groupId) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + BROKER.bootstrapServers(),
                "--spring.kafka.consumer.group-id=" + groupId,
                "--spring.mongodb.uri=" + SharedInfrastructure.mongo().connectionString() + "/notification-restarts",
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + mail().smtpPort()));
        TestSettings.properties().forEach(setting -> args.add("--" + setting));
        service = new SpringApplicationBuilder(NotificationApplication.class).run(args.toArray(String[]::new));
    }

    private void stop() {
        service.close();
        service = null;
    }

    @AfterAll
    static void stopBroker() {
        BROKER.stop();
    }

    @AfterEach
    void stopService() {
        if (service != null) {
            stop();
        }
    }

    @Override
    protected String bootstrapServers() {
        return BROKER.bootstrapServers();
    }

    @Override
    protected EmbeddedMail mail() {
        return SharedInfrastructure.mail();
    }

    @Override
    protected int port() {
        return Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
    }
}
