package org.peermentor.matching.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.Topics;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.matching.support.Cohort;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.matching.support.StartedMatching;
import org.peermentor.testkit.SharedInfrastructure;
import org.peermentor.testkit.TopicProbe;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A reminder is stored with the pairing, so a restart neither forgets that the mentor was reminded nor reminds them
 * again: the service that starts on the same store goes on sweeping, and reminds only the mentors not reminded yet.
 */
class ReminderAfterRestartTest {

    private static final String DATABASE = "matching-reminder-restart";
    // a broker of its own: another matching context of this test run would share its consumer group
    private static final EmbeddedKafkaBroker kafka = SharedInfrastructure.startKafka();

    @Test
    void aMentorRemindedBeforeARestartIsNotRemindedAgainAfterIt() {
        String remindedBefore;
        try (Cohort cohort = new Cohort(kafka.bootstrapServers())) {
            ConfigurableApplicationContext first = start();
            WebTestClient http = client(first);
            RunningMatching.changeSettings(http, cohort.programId, "{\"reminderAfter\":\"PT1S\"}")
                    .expectStatus()
                    .isOk();
            remindedBefore = pairing(http, cohort, "Ana");
            awaitReminders(remindedBefore, 1);
            first.close();

            ConfigurableApplicationContext second = start();
            try {
                String remindedAfter = pairing(client(second), cohort, "Bo");
                // the second instance reminded a mentor: it swept the store the first one left
                awaitReminders(remindedAfter, 1);
            } finally {
                second.close();
            }
        }

        try (TopicProbe events = new TopicProbe(kafka.bootstrapServers(), Topics.PAIRING_EVENTS)) {
            assertThat(events.recordsToEnd().stream()
                            .filter(record -> remindedBefore.equals(record.key()) && reminder(record))
                            .map(record -> TopicProbe.header(record, CloudEventHeaders.ID))
                            .distinct())
                    .as("reminders of the mentor reminded before the restart, by event id")
                    .hasSize(1);
        }
    }

    /** A participant and a mentor of the program, paired by hand: the request is APPROVED and its link issued. */
    private static String pairing(WebTestClient http, Cohort cohort, String name) {
        String participant =
                cohort.publish(cohort.participant(name, "en", "GRIEF")).id();
        String mentor = cohort.publish(cohort.mentor(name + "-mentor", "en", "GRIEF", 1))
                .id();
        RunningMatching.awaitReplica(http, cohort.programId, 1, 1); // the replica holds both
        return RunningMatching.pairByHand(http, participant, mentor);
    }

    private static void awaitReminders(String pairingId, int count) {
        try (TopicProbe events = new TopicProbe(kafka.bootstrapServers(), Topics.PAIRING_EVENTS)) {
            events.awaitRecords(
                    pairingId,
                    records -> records.stream()
                                    .filter(ReminderAfterRestartTest::reminder)
                                    .count()
                            >= count);
        }
    }

    private static boolean reminder(ConsumerRecord<String, byte[]> record) {
        return "PairingReminderDue".equals(TopicProbe.header(record, CloudEventHeaders.TYPE));
    }

    private static ConfigurableApplicationContext start() {
        return StartedMatching.start(
                kafka, DATABASE, "--matching.rounds.default-settle-time=1h", "--matching.follow-up.sweep-every=1s");
    }

    private static WebTestClient client(ConfigurableApplicationContext matching) {
        return StartedMatching.client(matching);
    }
}
