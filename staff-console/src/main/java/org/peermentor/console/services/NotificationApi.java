package org.peermentor.console.services;

import java.util.List;
import reactor.core.publisher.Mono;

/** The notification service's API as the console uses it: a pairing's delivery log. */
public class NotificationApi {

    private final ServiceClient client;

    NotificationApi(ServiceClient client) {
        this.client = client;
    }

    public Mono<List<Delivery>> deliveries(String pairingId) {
        return client.list(
                uri -> uri.path("/api/notifications")
                        .queryParam("pairingId", pairingId)
                        .build(),
                Delivery.class);
    }
}
