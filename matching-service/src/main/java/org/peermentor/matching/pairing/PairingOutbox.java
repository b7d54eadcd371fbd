package org.peermentor.matching.pairing;

import java.util.List;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.service.outbox.OutboxWiring;
import org.peermentor.service.outbox.RelayedStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The relay publishes the events each pairing document holds in its outbox on {@code pairing-events}. */
@Configuration(proxyBeanMethods = false)
@Import(OutboxWiring.class)
class PairingOutbox {

    @Bean
    RelayedStores relayedStores(MatchingProperties properties) {
        return new RelayedStores(List.of(PairingStore.COLLECTION), properties.eventSource(), properties.relay());
    }
}
