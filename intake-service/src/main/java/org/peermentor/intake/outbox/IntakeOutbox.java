package org.peermentor.intake.outbox;

import java.util.List;
import org.peermentor.intake.IntakeProperties;
import org.peermentor.intake.profile.ProfileKind;
import org.peermentor.service.outbox.OutboxWiring;
import org.peermentor.service.outbox.RelayedStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The relay publishes the events waiting in participant and mentor documents. */
@Configuration(proxyBeanMethods = false)
@Import(OutboxWiring.class)
class IntakeOutbox {

    @Bean
    RelayedStores relayedStores(IntakeProperties properties, List<ProfileKind<?>> kinds) {
        return new RelayedStores(
                kinds.stream().map(ProfileKind::collection).toList(), properties.eventSource(), properties.relay());
    }
}
