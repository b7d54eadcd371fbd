package org.peermentor.matching.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.matching.report.SupplyReport;
import org.peermentor.matching.support.Cohort;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.testkit.DeadLetterTopic;
import org.peermentor.testkit.GroupOffsets;
import org.peermentor.testkit.OwnBrokerAndStore;
import org.peermentor.testkit.TestIssuer;
import org.springframework.test.context.TestPropertySource;

/**
 * The profile listener under faults: profiles that arrive while MongoDB is away are neither skipped nor dead-lettered
 * but applied once it is back; a record that cannot be read goes to its topic's {@code .DLT} and the rest flow on.
 */
@TestPropertySource(properties = "matching.rounds.default-settle-time=1h")
class ListenerFaultsTest extends OwnBrokerAndStore {

    @Test
    void profilesPublishedWhileTheStoreIsAwayAreAppliedOnceItIsBack() {
        DeadLetterTopic deadLetters = new DeadLetterTopic(kafka.bootstrapServers(), Topics.PARTICIPANT_PROFILES);
        long deadLettersBefore = deadLetters.count();
        try (Cohort cohort = new Cohort(kafka.bootstrapServers())) {
            cohort.publish(cohort.participant("Before", "en", "GRIEF"));
            await().atMost(Duration.ofSeconds(60)).until(() -> waiting(cohort.programId) == 1);

            mongo.stop();
            for (int i = 0; i < 10; i++) {
                cohort.publish(cohort.participant("During" + i, "en", "GRIEF"));
            }
            // while the store is away, tries keep failing and nothing read may be committed as done
            GroupOffsets.awaitLagHeldAt(
                    10,
                    kafka.bootstrapServers(),
                    "profile-replica",
                    Topics.PARTICIPANT_PROFILES,
                    Topics.MENTOR_PROFILES);
            mongo.start();

            await().atMost(Duration.ofSeconds(90)).until(() -> waiting(cohort.programId) == 11);
            assertThat(deadLetters.count()).isEqualTo(deadLettersBefore);
        }
    }

    @Test
    void anUnreadableRecordGoesToItsTopicsDeadLetterTopicAndTheNextOneIsApplied() {
        try (Cohort cohort = new Cohort(kafka.bootstrapServers())) {
            cohort.sendRaw(
                    Topics.PARTICIPANT_PROFILES,
                    "poison-1",
                    "ParticipantProfileChanged",
                    "{not JSON".getBytes(StandardCharsets.UTF_8));
            cohort.publish(cohort.participant("After", "en", "GRIEF"));

            await().atMost(Duration.ofSeconds(60)).until(() -> waiting(cohort.programId) == 1);
            assertThat(new DeadLetterTopic(kafka.bootstrapServers(), Topics.PARTICIPANT_PROFILES)
                            .awaitGroupThatGaveUp("poison-1"))
                    .isEqualTo("profile-replica");
        }
        // a letter holds the person's data as it came, where no erasure reaches: it is kept a week, not for ever
        for (String topic : new String[] {Topics.PARTICIPANT_PROFILES, Topics.MENTOR_PROFILES}) {
            assertThat(new DeadLetterTopic(kafka.bootstrapServers(), topic).retention())
                    .as(topic + ".DLT")
                    .isEqualTo(Duration.ofDays(7));
        }
    }

    private int waiting(String programId) {
        SupplyReport report = RunningMatching.client(port, TestIssuer.manager())
                .get()
                .uri("/api/programs/{p}/report", programId)
                .exchange()
                .expectBody(SupplyReport.class)
                .returnResult()
                .getResponseBody();
        return report == null ? -1 : report.waiting();
    }
}
