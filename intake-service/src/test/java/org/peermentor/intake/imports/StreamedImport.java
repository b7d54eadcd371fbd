package org.peermentor.intake.imports;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/** Streams an import file of participants into a program, as a client sends a file it is still making. */
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
}
