package org.peermentor.intake.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.intake.support.Answers;
import org.peermentor.intake.support.CsvFiles;
import org.peermentor.intake.support.RunningIntake;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * A file over the size limit is refused before anything is stored when it says its size; one that does not is cut
 * where it crosses the limit, and the answer says from which row on nothing was imported.
 */
@TestPropertySource(properties = {"intake.imports.max-size=4KB", "intake.imports.batch-size=2"})
class ImportLimitsTest extends RunningIntake {

    private String program;

    @BeforeEach
    void aProgramOfItsOwn() {
        program = newProgram();
    }

    @Test
    void aFileThatSaysItIsTooLargeIsRefusedWith413() {
        byte[] file = CsvFiles.participants().rows(40).text().getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isGreaterThan(4096);

        http.post()
                .uri("/api/imports?kind=participants&programId={p}", program)
                .contentType(ImportTest.CSV)
                .bodyValue(file)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("File too large");
        assertThat(stored()).isZero();
    }

    @Test
    void aFileThatCrossesTheLimitBeforeAnyRowIsStoredIsRefusedWith413() {
        String file = CsvFiles.participants()
                .row(row -> row.put("region", "x".repeat(5000)))
                .rows(1)
                .text();

        StreamedImport.post(http, program, Flux.just(buffer(file)))
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("File too large");
        assertThat(stored()).isZero();
    }

    @Test
    void aFileThatCrossesTheLimitAfterRowsWereStoredEndsWithARejectedRowSayingWhereItStopped() {
        Sinks.Many<DataBuffer> body = Sinks.many().unicast().onBackpressureBuffer();
        Schedulers.boundedElastic().schedule(() -> {
            body.tryEmitNext(buffer(CsvFiles.participants().rows(4).text()));
            await().atMost(Duration.ofSeconds(30)).until(() -> stored() == 4);
            for (int i = 0; i < 20; i++) {
                body.tryEmitNext(buffer(CsvFiles.line(CsvFiles.participantRow(row -> {}))));
            }
            body.tryEmitComplete();
        });

        List<RowResult> results = Answers.okList(StreamedImport.post(http, program, body.asFlux()), RowResult.class);

        assertThat(results).hasSizeGreaterThan(4);
        assertThat(results.subList(0, 4)).extracting(RowResult::status).containsOnly(RowStatus.CREATED);
        RowResult last = results.get(results.size() - 1);
        assertThat(last.status()).isEqualTo(RowStatus.REJECTED);
        assertThat(last.errors()).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo("file");
            assertThat(error.message())
                    .contains("larger than the limit")
                    .contains("Nothing from row " + last.row() + " on was imported");
        });
        assertThat(results.subList(0, results.size() - 1))
                .extracting(RowResult::status)
                .containsOnly(RowStatus.CREATED);
        assertThat(stored()).isEqualTo(results.size() - 1);
    }

    private long stored() {
        return mongo.count(Query.query(where("programId").is(program)), "participants")
                .block();
    }

    private static DataBuffer buffer(String text) {
        return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
