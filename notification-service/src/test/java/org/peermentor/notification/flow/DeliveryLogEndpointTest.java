package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.notification.support.DeliveryLogLine;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.RunningNotification;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code GET /api/notifications}: the delivery log, narrowed by pairing and by recipient; errors as problem details. */
class DeliveryLogEndpointTest extends RunningNotification {

    @Test
    void theLogIsFilteredByPairingByRecipientAndByBoth() {
        Person ana = Person.participant();
        Person bea = Person.mentor();
        Person cyd = Person.participant().withFirstName("Cyd");
        register(ana, bea, cyd);
        PairingFixture first = PairingFixture.of(ana, bea);
        PairingFixture second = PairingFixture.of(cyd, bea);
        publish(first.approved());
        publish(first.accepted());
        publish(second.approved());
        awaitPairingLog(first.id(), 2, "SENT");
        awaitPairingLog(second.id(), 1, "SENT");

        List<DeliveryLogLine> byPairing = deliveryLog("pairingId=" + first.id());
        List<DeliveryLogLine> byRecipient =
                deliveryLog(param("recipient", bea.email().toUpperCase()));
        // every key of the line as it came: this test pins the JSON shape of the log
        List<Map<String, Object>> byBoth =
                deliveryLogAsJson("pairingId=" + second.id() + "&" + param("recipient", bea.email()));
        List<DeliveryLogLine> nobody = deliveryLog("pairingId=" + first.id() + "&" + param("recipient", cyd.email()));

        assertThat(byPairing)
                .extracting(DeliveryLogLine::recipient)
                .containsExactlyInAnyOrder(bea.email(), ana.email());
        assertThat(byRecipient)
                .extracting(DeliveryLogLine::pairingId)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(byBoth)
                .singleElement()
                .satisfies(entry -> assertThat(entry)
                        .containsOnlyKeys(
                                "id",
                                "eventId",
                                "pairingId",
                                "type",
                                "recipient",
                                "status",
                                "attempts",
                                "sentAt",
                                "recipientRole",
                                "createdAt",
                                "reason")
                        .containsEntry("pairingId", second.id())
                        .containsEntry("type", "PairingApproved")
                        .containsEntry("recipientRole", "MENTOR")
                        .containsEntry("status", "SENT"));
        assertThat(nobody).isEmpty();
    }

    @Test
    void badParametersAreProblemDetails() {
        problem("/api/notifications?status=LOST", HttpStatus.BAD_REQUEST)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(400)
                .jsonPath("$.title")
                .exists()
                .jsonPath("$.detail")
                .exists();
        problem("/api/notifications?size=0", HttpStatus.BAD_REQUEST)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("size");
        problem("/api/notification", HttpStatus.NOT_FOUND);
    }

    /** Asks for {@code uri} and expects this status, told as a problem detail. */
    private WebTestClient.ResponseSpec problem(String uri, HttpStatus status) {
        return http().get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theServiceReportsReady() {
        http().get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }
}
