package org.peermentor.service.outbox;

import java.util.List;

/**
 * What a service's outbox relay publishes, the one thing that differs between services: the collections whose
 * documents carry an {@code outbox} array, the CloudEvents {@code source} of every event, and the relay's settings.
 *
 * @param collections the collections whose documents carry an {@code outbox} array
 * @param source the CloudEvents {@code source} of every event published
 * @param settings how the relay publishes them
 */
public record RelayedStores(List<String> collections, String source, RelaySettings settings) {

    public RelayedStores {
        collections = List.copyOf(collections);
    }
}
