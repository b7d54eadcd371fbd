package org.peermentor.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class EventJsonToleranceTest {

    @Test
    void aConsumerIgnoresFieldsItDoesNotKnow() {
        ObjectNode json = (ObjectNode) EventJson.mapper().valueToTree(SampleEvents.mentorProfileChanged());
        json.put("addedInALaterVersion", "anything");
        ((ObjectNode) json.get("profile")).put("favouriteColour", "green");

        ProfileEvent read = EventJson.readProfileEvent(
                "MentorProfileChanged", EventJson.mapper().writeValueAsBytes(json));

        assertThat(read).isEqualTo(SampleEvents.mentorProfileChanged());
    }

    @Test
    void anUnknownEventTypeIsRefusedRatherThanGuessed() {
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventJson.readProfileEvent("SomethingElse", json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SomethingElse");
    }

    @Test
    void anUnreadableEventIsRefusedWithoutQuotingAnyOfItsContent() {
        byte[] profile = "{\"profile\": {\"firstName\": Zofiaplanted, \"phone\": \"+48600111222\"}}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] pairing = "Kowalskiplanted".getBytes(StandardCharsets.UTF_8);

        for (Throwable refused : new Throwable[] {
            catchThrowable(() -> EventJson.readProfileEvent("ParticipantProfileChanged", profile)),
            catchThrowable(() -> EventJson.readPairingEvent("PairingApproved", pairing))
        }) {
            assertThat(refused)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Unreadable")
                    .hasNoCause();
            assertThat(refused.getMessage())
                    .doesNotContainIgnoringCase("planted")
                    .doesNotContain("48600111222");
        }
    }

    @Test
    void timesAreWrittenAsIsoStringsAndSlotsAsHoursAndMinutes() {
        String json = new String(EventJson.write(SampleEvents.participantProfileChanged()), StandardCharsets.UTF_8);

        assertThat(json)
                .contains("\"occurredAt\":\"2026-03-03T09:00:00Z\"")
                .contains("{\"day\":\"TUESDAY\",\"start\":\"18:00\",\"end\":\"20:00\"}");
    }
}
