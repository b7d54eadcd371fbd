package org.peermentor.intake.support;

import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the service answers, read the same way wherever a test reads it. */
public final class Answers {

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

    /** The JSON array a request answered with, read as a list of this type, once it has answered 200 OK. */
    public static <T> List<T> okList(WebTestClient.ResponseSpec response, Class<T> type) {
        return response.expectStatus()
                .isOk()
                .expectBodyList(type)
                .returnResult()
                .getResponseBody();
    }

    /** The ids of the profiles a list answers with, in its order, once it has answered 200 OK. */
    public static List<String> listedIds(WebTestClient client, String uri) {
        return okList(client.get().uri(uri).exchange(), Listed.class).stream()
                .map(Listed::id)
                .toList();
    }

    /** A participant or mentor in a list, by the one field a test of the list's order and scope needs. */
    private record Listed(String id) {}

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
