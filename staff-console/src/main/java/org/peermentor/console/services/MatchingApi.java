package org.peermentor.console.services;

import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/** The matching service's API as the console uses it so far: a program's settings (program managers only). */
public class MatchingApi {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() { };

    private final ServiceClient client;

    MatchingApi(ServiceClient client) {
        this.client = client;
    }

    public Mono<Map<String, Object>> settings(String programId) {
        return client.get(uri -> uri.path("/api/programs/{id}/settings").build(programId), JSON_OBJECT);
    }
}
