package org.peermentor.e2e;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** The development inbox, read through its Mailpit-shaped HTTP API as a person would read their mail. */
final class Mailbox {

    /** {@code GET /api/v1/messages}: how many messages in all, and this page of them. */
    record Page(int total, List<Summary> messages) {}

    /** An entry of the list. */
    record Summary(
            @JsonProperty("ID") String id,
            @JsonProperty("To") List<Address> to,
            @JsonProperty("Subject") String subject) {

        boolean isTo(String address) {
            return to.stream().anyMatch(recipient -> address.equals(recipient.address()));
        }
    }

    record Address(@JsonProperty("Address") String address) {}

    /** {@code GET /api/v1/message/{ID}}: one message in full. */
    record Message(
            @JsonProperty("Subject") String subject,
            @JsonProperty("Text") String text) {}

    private final JsonHttp http;
    private final StackPorts ports;

    Mailbox(JsonHttp http, StackPorts ports) {
        this.http = http;
        this.ports = ports;
    }

    List<Summary> messages() throws IOException, InterruptedException {
        return http.get(null, ports.inbox("/api/v1/messages"), Page.class).messages();
    }

    int total() throws IOException, InterruptedException {
        return http.get(null, ports.inbox("/api/v1/messages?limit=1"), Page.class)
                .total();
    }

    /** The first message to {@code address}, once there is one. */
    Message awaitMailTo(String address) throws IOException, InterruptedException {
        await().atMost(Duration.ofSeconds(90)).until(() -> messages().stream().anyMatch(m -> m.isTo(address)));
        String id = messages().stream()
                .filter(m -> m.isTo(address))
                .findFirst()
                .orElseThrow()
                .id();
        return http.get(null, ports.inbox("/api/v1/message/" + id), Message.class);
    }

    /** The first message to {@code address} with this subject, once there is one. */
    Message awaitMailTo(String address, String subject) throws IOException, InterruptedException {
        await().atMost(Duration.ofSeconds(90))
                .until(() -> messages().stream().anyMatch(m -> m.isTo(address) && subject.equals(m.subject())));
        String id = messages().stream()
                .filter(m -> m.isTo(address) && subject.equals(m.subject()))
                .findFirst()
                .orElseThrow()
                .id();
        return http.get(null, ports.inbox("/api/v1/message/" + id), Message.class);
    }

    /** The subjects of every message to {@code address} so far. */
    List<String> subjectsTo(String address) throws IOException, InterruptedException {
        return messages().stream()
                .filter(m -> m.isTo(address))
                .map(Summary::subject)
                .toList();
    }
}
