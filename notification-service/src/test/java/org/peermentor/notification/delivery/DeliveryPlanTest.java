package org.peermentor.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.Topics;
import org.peermentor.notification.contact.Contact;
import org.peermentor.notification.contact.ContactBuilder;
import org.peermentor.notification.contact.Role;
import org.peermentor.notification.mail.EmailKind;
import org.peermentor.notification.messaging.EventRecords;
import org.peermentor.notification.messaging.InvalidEventException;

/**
 * The producer's pinned wire shapes (contracts' golden JSON, read where they live so the two cannot drift) turn
 * into the right deliveries: approval and reminder to the mentor with the mentor's clock, acceptance to the participant
 * with theirs, a check-in to both with their own tokens, a decline, expiry or ending to the participant (and an
 * ending's thanks to the mentor); consent is the sender's to check, and it holds for every one of them.
 */
class DeliveryPlanTest {

    private static final Path GOLDEN = Path.of("..", "contracts", "src", "test", "resources", "golden");
    private static final Instant NOW = Instant.parse("2026-03-03T09:00:01Z");

    @Test
    void anApprovalAsksTheMentorWithTheMentorsTimesAndTheToken() {
        List<Delivery> deliveries = DeliveryPlan.deliveriesFor(golden("PairingApproved"), NOW);

        assertThat(deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.id()).isEqualTo("e-11.mentor");
            assertThat(delivery.content().kind()).isEqualTo(EmailKind.MENTOR_REQUEST);
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
            assertThat(delivery.content().kind()).isEqualTo(EmailKind.MENTOR_INTRODUCTION);
            assertThat(delivery.content().sharedIssue()).isNull();
            assertThat(delivery.content().responseToken()).isNull();
            assertThat(delivery.content().times())
                    .allSatisfy(slot -> assertThat(slot.day()).isEqualTo(DayOfWeek.TUESDAY));
        });
    }

    @Test
    void aReminderAsksTheMentorAgainWithTheSameLinkAndNoIssue() {
        List<Delivery> deliveries = DeliveryPlan.deliveriesFor(golden("PairingReminderDue"), NOW);

        assertThat(deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.id()).isEqualTo("e-17.mentor");
            assertThat(delivery.recipientId()).isEqualTo("m-1");
            assertThat(delivery.content().kind()).isEqualTo(EmailKind.MENTOR_REMINDER);
            assertThat(delivery.content().responseToken()).isEqualTo("token-abc");
            assertThat(delivery.content().responseExpiresAt()).isEqualTo(Instant.parse("2026-03-17T09:00:00Z"));
            assertThat(delivery.content().checkInId()).isNull();
            assertThat(delivery.content().sharedIssue()).isNull();
        });
    }

    @Test
    void aCheckInAsksTheMentorAndTheParticipantEachWithTheirOwnToken() {
        List<Delivery> deliveries = DeliveryPlan.deliveriesFor(golden("PairingCheckInDue"), NOW);

        assertThat(deliveries)
                .extracting(
                        Delivery::id,
                        Delivery::recipientId,
                        delivery -> delivery.content().kind(),
                        delivery -> delivery.content().responseToken())
                .containsExactly(
                        tuple("e-19.mentor", "m-1", EmailKind.MENTOR_CHECK_IN, "token-mentor"),
                        tuple("e-19.participant", "p-1", EmailKind.PARTICIPANT_CHECK_IN, "token-participant"));
        assertThat(deliveries).allSatisfy(delivery -> {
            assertThat(delivery.content().checkInId()).isEqualTo("pr-1-c1");
            assertThat(delivery.content().responseExpiresAt()).isEqualTo(Instant.parse("2026-04-16T09:00:00Z"));
            assertThat(delivery.content().sharedIssue()).isNull();
        });
    }

    @Test
    void aDeclineOrAnExpiryTellsOnlyTheParticipantTheyAreBackOnTheList() {
        for (String type : List.of("PairingDeclined", "PairingExpired")) {
            assertThat(DeliveryPlan.deliveriesFor(golden(type), NOW))
                    .as(type)
                    .singleElement()
                    .satisfies(delivery -> {
                        assertThat(delivery.recipientRole()).isEqualTo(Role.PARTICIPANT);
                        assertThat(delivery.recipientId()).isEqualTo("p-1");
                        assertThat(delivery.content())
                                .isEqualTo(ContentBuilder.builder()
                                        .kind(EmailKind.BACK_ON_THE_LIST)
                                        .build());
                    });
        }
    }

    @Test
    void anEndingThanksTheMentorAndTellsTheParticipantWhetherSomeoneNewIsLookedFor() {
        List<Delivery> rematch = DeliveryPlan.deliveriesFor(golden("PairingEnded"), NOW);
        List<Delivery> closed = DeliveryPlan.deliveriesFor(
                event("PairingEnded", read("PairingEnded").replace("\"rematch\" : true", "\"rematch\" : false")), NOW);

        assertThat(rematch)
                .extracting(Delivery::id, delivery -> delivery.content().kind())
                .containsExactly(
                        tuple("e-16.mentor", EmailKind.MENTOR_THANKS),
                        tuple("e-16.participant", EmailKind.BACK_ON_THE_LIST));
        assertThat(closed)
                .extracting(Delivery::id, delivery -> delivery.content().kind())
                .containsExactly(
                        tuple("e-16.mentor", EmailKind.MENTOR_THANKS),
                        tuple("e-16.participant", EmailKind.PAIRING_CLOSED));
        // the reason ("Moved away") is free text that may name people: no delivery keeps it
        assertThat(rematch)
                .allSatisfy(delivery -> assertThat(delivery.content())
                        .isEqualTo(ContentBuilder.builder()
                                .kind(delivery.content().kind())
                                .build()));
    }

    @Test
    void aParticipantWithoutEmailConsentGetsNoneOfTheseEmailsWhileTheMentorStillDoes() {
        Contact ana = ContactBuilder.builder()
                .id("p-1")
                .role(Role.PARTICIPANT)
                .firstName("Ana")
                .email("ana@example.org")
                .contactByEmail(false)
                .build();
        Contact bea = ContactBuilder.builder()
                .id("m-1")
                .role(Role.MENTOR)
                .firstName("Bea")
                .email("bea@example.org")
                .build();

        for (String type : List.of(
                "PairingReminderDue", "PairingCheckInDue", "PairingDeclined", "PairingExpired", "PairingEnded")) {
            for (Delivery delivery : DeliveryPlan.deliveriesFor(golden(type), NOW)) {
                boolean toMentor = delivery.recipientRole() == Role.MENTOR;
                Decision decision =
                        Decision.about(delivery, Optional.of(toMentor ? bea : ana), Optional.of(toMentor ? ana : bea));

                assertThat(decision)
                        .as(delivery.id())
                        .isEqualTo(
                                toMentor
                                        ? new Decision.Send(bea, ana)
                                        : new Decision.Skip("NO_EMAIL_CONSENT", "ana@example.org"));
            }
        }
    }

    @Test
    void everyOtherPairingEventCausesNoEmail() {
        for (String type : List.of("PairingProposed", "PairingRejected", "PairingSuperseded")) {
            assertThat(DeliveryPlan.deliveriesFor(golden(type), NOW)).as(type).isEmpty();
        }
    }

    @Test
    void aCheckInWithoutTheParticipantsTokenCannotBeProcessed() {
        String json = read("PairingCheckInDue").replace("\"participantToken\" : \"token-participant\",", "");

        assertThatThrownBy(() -> DeliveryPlan.deliveriesFor(event("PairingCheckInDue", json), NOW))
                .isInstanceOf(InvalidEventException.class);
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
