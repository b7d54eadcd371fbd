package org.peermentor.intake.imports;

import java.util.List;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/** Streams an import file of participants into a program and reads the answer: one result per row. */
final class StreamedImport {

    private StreamedImport() {}

    /** Posts the file as it is made (no content length) to import participants into the program. */
    static WebTestClient.ResponseSpec post(WebTestClient client, String program, Flux<DataBuffer> file) {
        return client.post()
                .uri("/api/imports?kind=participants&programId={p}", program)
                .contentType(ImportTest.CSV)
                .body(file, DataBuffer.class)
                .exchange();
    }

    /** The results of an import answered with 200. */
    static List<Map<String, Object>> results(WebTestClient.ResponseSpec response) {
        return response.expectStatus()
                .isOk()
                .expectBody(ImportTest.RESULTS)
                .returnResult()
                .getResponseBody();
    }
}
