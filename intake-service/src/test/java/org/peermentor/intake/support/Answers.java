package org.peermentor.intake.support;

import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the service answers, read the same way wherever a test reads it. */
public final class Answers {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> OBJECTS =
            new ParameterizedTypeReference<>() {};

    private Answers() {}

    /** The id of the record a request created, once it has answered 201 Created. */
    public static String createdId(WebTestClient.ResponseSpec response) {
        return response.expectStatus()
                .isCreated()
                .expectBody(Document.class)
                .returnResult()
                .getResponseBody()
                .getString("id");
    }

    /** The JSON object a request answered with, once it has answered 200 OK. */
    public static Map<?, ?> okObject(WebTestClient.ResponseSpec response) {
        return response.expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    /** The JSON array of objects a request answered with, once it has answered 200 OK. */
    public static List<Map<String, Object>> okList(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isOk().expectBody(OBJECTS).returnResult().getResponseBody();
    }

    /** The ids of the profiles a list answers with, in its order, once it has answered 200 OK. */
    public static List<String> listedIds(WebTestClient client, String uri) {
        return okList(client.get().uri(uri).exchange()).stream()
                .map(profile -> (String) profile.get("id"))
                .toList();
    }

    /** A participant's status as the given client reads it. */
    public static Object statusOf(WebTestClient client, String participantId) {
        return client.get()
                .uri("/api/participants/{id}", participantId)
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("status");
    }
}
