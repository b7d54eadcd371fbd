package org.peermentor.matching.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingExpired;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.matching.pairing.PairingView;
import org.peermentor.matching.round.RoundView;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.matching.support.Scene;
import org.peermentor.matching.support.Scene.Part;
import org.peermentor.testkit.SharedInfrastructure;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A request the mentor never answers expires with its link (here after 4 seconds): the pairing is EXPIRED, the link
 * no longer works, the mentor's place is free and the participant waits again, so a later round may pair them, with
 * the same mentor too. This instance has a broker and a database of its own, so its short links touch no other test.
 */
@DirtiesContext
class LinkExpiryTest extends RunningMatching {

    private static final EmbeddedKafkaBroker kafka = SharedInfrastructure.startKafka();

    @DynamicPropertySource
    static void shortLinks(DynamicPropertyRegistry registry) {
        registry.add("matching.response-link-ttl", () -> "4s");
        registry.add("spring.mongodb.database", () -> "matching-link-expiry");
        // the client-specific addresses win over the shared broker's spring.kafka.bootstrap-servers
        for (String client : List.of("consumer", "producer", "admin")) {
            registry.add("spring.kafka." + client + ".bootstrap-servers", kafka::bootstrapServers);
        }
    }

    @Override
    protected String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Test
    void anUnansweredRequestExpiresAndTheParticipantCanBePairedAgainWithTheSameMentor() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));
        PairingView approved = pairing(scene.approvedId);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> pairing(scene.approvedId).status() == PairingStatus.EXPIRED);

        PairingExpired expired =
                events(scene.approvedId, PairingExpired.class, 1).get(0);
        assertThat(expired.pairing().participantStatus()).isEqualTo(ProfileStatus.WAITING);
        assertThat(pairing(scene.approvedId).linkExpiresAt()).isNull();
        post("/api/pairings/{id}/accept?token={t}", scene.approvedId, scene.approvedLink)
                .expectStatus()
                .isForbidden();
        awaitReplica(scene.programId, 1, 1);

        RoundView round = round(scene.programId, null);

        assertThat(round.pairings()).singleElement().satisfies(again -> {
            assertThat(again.participantId()).isEqualTo(approved.participantId());
            assertThat(again.mentorId()).isEqualTo(approved.mentorId());
            assertThat(again.status()).isEqualTo("PROPOSED");
        });
    }
}
