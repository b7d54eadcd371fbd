package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peermentor.contracts.Topics;
import org.peermentor.notification.support.EventPublisher;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.RunningNotification;
import org.peermentor.testkit.TopicProbe;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A run through everything the service does — mail sent, skipped for lack of consent, failed on a bad address,
 * records that cannot be read, the log asked by address, an erasure — with unique names, emails and phones planted
 * in every personal field: the service's output (INFO and above) holds none of them.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest extends RunningNotification {

    @Test
    void noNameEmailOrPhoneReachesTheLogWhateverHappensToTheMail(CapturedOutput output) {
        Person ana = Person.participant().withPlantedValues();
        Person bea = Person.mentor().withPlantedValues();
        Person cyd = Person.participant().withPlantedValues().withEmailConsent(false);
        Person dee = Person.mentor().withPlantedValues();
        dee = dee.withEmail("no-at-sign-" + dee.lastName()); // not an address: the send fails at once
        List<String> planted = new ArrayList<>();
        List.of(ana, bea, cyd, dee).forEach(person -> planted.addAll(person.plantedValues()));
        register(ana, bea, cyd, dee);

        PairingFixture sent = PairingFixture.of(ana, bea);
        PairingFixture skipped = PairingFixture.of(cyd, bea);
        PairingFixture failed = PairingFixture.of(ana, dee);
        publish(sent.approved());
        publish(sent.accepted());
        publish(skipped.accepted());
        publish(failed.approved());
        String notJson = String.join(", ", ana.plantedValues());
        publisher()
                .publish(
                        Topics.PARTICIPANT_PROFILES,
                        ana.id(),
                        headers("ParticipantProfileChanged", ana.id()),
                        notJson.getBytes(StandardCharsets.UTF_8));
        publisher()
                .publish(
                        Topics.PAIRING_EVENTS,
                        sent.id(),
                        headers("PairingApproved", sent.id()),
                        ("{\"eventId\": \"" + bea.email() + "\", \"pairing\": " + notJson)
                                .getBytes(StandardCharsets.UTF_8));
        publisher()
                .publish(
                        Topics.MENTOR_PROFILES,
                        bea.id(),
                        headers("MentorNicknamed", bea.id()),
                        ("{\"firstName\": \"" + bea.firstName() + "\", \"phone\": \"" + bea.phone() + "\"}")
                                .getBytes(StandardCharsets.UTF_8));
        publisher()
                .publish(
                        Topics.PARTICIPANT_PROFILES,
                        cyd.id(),
                        headers(cyd.email(), cyd.id()),
                        "{}".getBytes(StandardCharsets.UTF_8));

        awaitPairingLog(sent.id(), 2, "SENT");
        awaitPairingLog(skipped.id(), 1, "SKIPPED_NO_CONSENT");
        awaitPairingLog(failed.id(), 1, "FAILED");
        awaitDeadLetters(Topics.PARTICIPANT_PROFILES, ana.id());
        awaitDeadLetters(Topics.PAIRING_EVENTS, sent.id());
        awaitDeadLetters(Topics.MENTOR_PROFILES, bea.id());
        awaitDeadLetters(Topics.PARTICIPANT_PROFILES, cyd.id());
        deliveryLog(param("recipient", ana.email()));
        http().get()
                .uri("/api/notifications?status=LOST&" + param("recipient", bea.email()))
                .exchange()
                .expectStatus()
                .isBadRequest();
        awaitConsumed("notification-service", erase(cyd));

        assertThat(output.getAll())
                .as("the failures were logged, by ids")
                .contains(
                        "moved to " + Topics.PARTICIPANT_PROFILES + ".DLT",
                        "moved to " + Topics.PAIRING_EVENTS + ".DLT",
                        "FAILED after 1 attempt(s): INVALID_ADDRESS");
        for (String value : planted) {
            assertThat(output.getAll()).doesNotContainIgnoringCase(value);
        }
    }

    private void awaitDeadLetters(String topic, String key) {
        try (TopicProbe deadLetters = new TopicProbe(bootstrapServers(), topic + ".DLT")) {
            deadLetters.awaitRecords(key, found -> !found.isEmpty());
        }
    }

    private static Map<String, String> headers(String type, String subject) {
        return EventPublisher.headers("e-" + UUID.randomUUID(), type, "/poison", Instant.now(), subject);
    }
}
