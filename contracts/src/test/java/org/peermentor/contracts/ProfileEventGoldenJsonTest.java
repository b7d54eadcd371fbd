package org.peermentor.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.contracts.SampleEvents.golden;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Pins the wire shape of every profile event: producers write exactly the golden file, consumers read it
 * back to the same event. Changing a golden file is changing the contract with every consumer.
 */
class ProfileEventGoldenJsonTest {

    static Stream<ProfileEvent> events() {
        return Stream.of(
                SampleEvents.participantProfileChanged(),
                SampleEvents.participantWithdrawn(),
                SampleEvents.mentorProfileChanged(),
                SampleEvents.mentorWithdrawn());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theProducerWritesExactlyTheGoldenJson(ProfileEvent event) throws IOException {
        JsonNode written = EventJson.mapper().readTree(EventJson.write(event));

        assertThat(written).isEqualTo(golden(event.type()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theConsumerReadsTheGoldenJsonBackToTheSameEvent(ProfileEvent event) throws IOException {
        byte[] golden = EventJson.mapper().writeValueAsBytes(golden(event.type()));

        assertThat(EventJson.readProfileEvent(event.type(), golden)).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void anEventGoesOnItsPersonsTopicKeyedByTheIdItNames(ProfileEvent event) throws IOException {
        JsonNode golden = golden(event.type());
        boolean participant = golden.has("participantId");

        assertThat(event.topic()).isEqualTo(participant ? Topics.PARTICIPANT_PROFILES : Topics.MENTOR_PROFILES);
        assertThat(event.profileId())
                .isEqualTo(
                        golden.get(participant ? "participantId" : "mentorId").asString())
                .isEqualTo(event.profile().id());
    }
}
