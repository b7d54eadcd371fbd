package org.peermentor.notification.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.notification.NotificationApplication;
import org.peermentor.notification.support.EventPublisher;
import org.peermentor.notification.support.Person;
import org.peermentor.testkit.GroupOffsets;
import org.peermentor.testkit.SharedInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;

/** A graceful stop commits every record the service had finished with, so the next start repeats none of them. */
class GracefulShutdownTest {

    private static final String DATABASE = "notification-shutdown";
    // a broker of its own: another notification context of this test run would share its consumer group
    private static final EmbeddedKafkaBroker kafka = SharedInfrastructure.startKafka();

    @Test
    void aStopCommitsTheOffsetOfEveryProfileItHadStored() {
        ConfigurableApplicationContext notification = start();
        List<String> ids = new ArrayList<>();
        try (EventPublisher publisher = new EventPublisher(kafka.bootstrapServers())) {
            for (int i = 0; i < 60; i++) {
                Person person = i % 2 == 0 ? Person.participant() : Person.mentor();
                publisher.publish(person.changed());
                ids.add(person.id());
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> contacts(ids) == ids.size());

        notification.close();

        assertThat(GroupOffsets.lag(
                        kafka.bootstrapServers(),
                        "notification-service",
                        Topics.PARTICIPANT_PROFILES,
                        Topics.MENTOR_PROFILES))
                .isZero();
    }

    private static ConfigurableApplicationContext start() {
        List<String> args = SharedInfrastructure.arguments(
                kafka.bootstrapServers(), SharedInfrastructure.mongo().connectionString() + "/" + DATABASE);
        args.add("--spring.mail.host=localhost");
        args.add("--spring.mail.port=" + SharedInfrastructure.mail().smtpPort());
        return new SpringApplicationBuilder(NotificationApplication.class).run(args.toArray(String[]::new));
    }

    private static long contacts(List<String> ids) {
        try (MongoClient mongo =
                MongoClients.create(SharedInfrastructure.mongo().connectionString())) {
            return Mono.from(mongo.getDatabase(DATABASE)
                            .getCollection("contacts")
                            .countDocuments(new Document("_id", new Document("$in", ids))))
                    .block(Duration.ofSeconds(30));
        }
    }
}
