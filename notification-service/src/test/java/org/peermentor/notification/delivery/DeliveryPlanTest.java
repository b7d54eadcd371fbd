package org.peermentor.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.Topics;
import org.peermentor.notification.contact.Role;
import org.peermentor.notification.messaging.EventRecords;
import org.peermentor.notification.messaging.InvalidEventException;

/**
 * The producer's pinned wire shapes (contracts' golden JSON, read where they live so the two cannot drift) turn
 * into the right deliveries: approval to the mentor with the mentor's clock, acceptance to the participant with theirs.
 */
class DeliveryPlanTest {

    private static final Path GOLDEN = Path.of("..", "contracts", "src", "test", "resources", "golden");
    private static final Instant NOW = Instant.parse("2026-03-03T09:00:01Z");

    @Test
    void anApprovalAsksTheMentorWithTheMentorsTimesAndTheToken() {
        List<Delivery> deliveries = DeliveryPlan.deliveriesFor(golden("PairingApproved"), NOW);

        assertThat(deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.id()).isEqualTo("e-11.mentor");
            assertThat(delivery.recipientRole()).isEqualTo(Role.MENTOR);
            assertThat(delivery.recipientId()).isEqualTo("m-1");
            assertThat(delivery.partnerId()).isEqualTo("p-1");
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(delivery.content().sharedIssue()).isEqualTo("ALCOHOL_USE");
            assertThat(delivery.content().formats()).containsExactly(Format.ONLINE);
            assertThat(delivery.content().times())
                    .containsExactly(new Slot(DayOfWeek.WEDNESDAY, LocalTime.of(1, 0), LocalTime.of(2, 0)));
            assertThat(delivery.content().responseToken()).isEqualTo("token-abc");
            assertThat(delivery.content().responseExpiresAt()).isEqualTo(Instant.parse("2026-03-17T09:00:00Z"));
        });
    }

    @Test
    void anAcceptanceIntroducesTheMentorToTheParticipantWithoutTheIssue() {
        List<Delivery> deliveries = DeliveryPlan.deliveriesFor(golden("PairingAccepted"), NOW);

        assertThat(deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.recipientRole()).isEqualTo(Role.PARTICIPANT);
            assertThat(delivery.recipientId()).isEqualTo("p-1");
            assertThat(delivery.content().sharedIssue()).isNull();
            assertThat(delivery.content().responseToken()).isNull();
            assertThat(delivery.content().times())
                    .allSatisfy(slot -> assertThat(slot.day()).isEqualTo(DayOfWeek.TUESDAY));
        });
    }

    @Test
    void everyOtherPairingEventCausesNoEmail() {
        for (String type :
                List.of("PairingProposed", "PairingRejected", "PairingSuperseded", "PairingDeclined", "PairingEnded")) {
            assertThat(DeliveryPlan.deliveriesFor(golden(type), NOW)).as(type).isEmpty();
        }
    }

    @Test
    void anApprovalWithoutAResponseTokenCannotBeProcessed() {
        String json = read("PairingApproved").replace("\"mentorResponseToken\" : \"token-abc\",", "");

        assertThatThrownBy(() -> DeliveryPlan.deliveriesFor(event("PairingApproved", json), NOW))
                .isInstanceOf(InvalidEventException.class);
    }

    private static PairingEvent golden(String type) {
        return event(type, read(type));
    }

    private static PairingEvent event(String type, String json) {
        ConsumerRecord<String, byte[]> record =
                new ConsumerRecord<>(Topics.PAIRING_EVENTS, 0, 0, "pr-1", json.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        return EventRecords.pairingEvent(record);
    }

    private static String read(String type) {
        try {
            return Files.readString(GOLDEN.resolve(type + ".json"));
        } catch (IOException e) {
            throw new IllegalStateException("The contracts module's golden files are read in place", e);
        }
    }
}
