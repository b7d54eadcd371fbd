package org.peermentor.console.services;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The intake service's API as the console uses it; {@code collection} is {@code participants} or {@code mentors}. */
public class IntakeApi {

    private final ServiceClient client;

    IntakeApi(ServiceClient client) {
        this.client = client;
    }

    public Mono<List<Program>> programs() {
        return client.list(uri -> uri.path("/api/programs").build(), Program.class);
    }

    public Mono<Program> program(String id) {
        return client.get(uri -> uri.path("/api/programs/{id}").build(id), Program.class);
    }

    public Mono<List<Person>> list(String collection, PeopleQuery query) {
        return client.list(
                uri -> uri.path("/api/{collection}")
                        .queryParamIfPresent("programId", Optional.ofNullable(query.programId()))
                        .queryParamIfPresent("status", Optional.ofNullable(query.status()))
                        .queryParamIfPresent("q", Optional.ofNullable(query.q()))
                        .queryParam("page", query.page())
                        .queryParam("size", query.size())
                        .build(collection),
                Person.class);
    }

    public Mono<Person> person(String collection, String id) {
        return client.get(uri -> uri.path("/api/{collection}/{id}").build(collection, id), Person.class);
    }

    public Mono<Person> register(String collection, Map<String, Object> body) {
        return client.send(HttpMethod.POST, body, Person.class, "/api/{collection}", collection);
    }

    public Mono<Person> update(String collection, String id, String version, Map<String, Object> body) {
        return ServiceClient.answer(
                client.web()
                        .put()
                        .uri("/api/{collection}/{id}", collection, id)
                        .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .retrieve(),
                Person.class);
    }

    public Mono<Void> withdraw(String collection, String id) {
        return ServiceClient.done(client.web()
                .delete()
                .uri("/api/{collection}/{id}", collection, id)
                .retrieve());
    }

    public Mono<Void> erase(String collection, String id) {
        return ServiceClient.done(client.web()
                .delete()
                .uri(uri -> uri.path("/api/{collection}/{id}")
                        .queryParam("erase", true)
                        .build(collection, id))
                .retrieve());
    }

    public Mono<List<AuditRecord>> audit(String recordId) {
        return client.list(
                uri -> uri.path("/api/audit").queryParam("recordId", recordId).build(), AuditRecord.class);
    }

    /** Streams the file through: the console never holds a whole file in memory. */
    public Mono<List<ImportRow>> importCsv(String kind, String programId, Flux<DataBuffer> csv) {
        return ServiceClient.answer(
                client.web()
                        .post()
                        .uri(uri -> uri.path("/api/imports")
                                .queryParam("kind", kind)
                                .queryParam("programId", programId)
                                .build())
                        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .body(BodyInserters.fromDataBuffers(csv))
                        .retrieve(),
                ServiceClient.listOf(ImportRow.class));
    }

    public Mono<String> template(String kind) {
        return ServiceClient.answer(
                client.web()
                        .get()
                        .uri(uri -> uri.path("/api/imports/template")
                                .queryParam("kind", kind)
                                .build())
                        .accept(new MediaType("text", "csv"))
                        .retrieve(),
                String.class);
    }
}
