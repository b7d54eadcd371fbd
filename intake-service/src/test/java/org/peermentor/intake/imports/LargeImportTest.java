package org.peermentor.intake.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.intake.support.Answers;
import org.peermentor.intake.support.CsvFiles;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.TestIssuer;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * A 10,000-row file streams through: the body is made row by row as it is sent (no content length, never whole in
 * memory on either side), every row is created, and every row's event reaches Kafka and leaves its document.
 */
class LargeImportTest extends RunningIntake {

    private static final int ROWS = 10_000;

    @Test
    void tenThousandRowsAreAllCreatedAndEachOnesEventIsPublished() {
        String program = newProgram();
        Flux<DataBuffer> file = Flux.just(CsvFiles.line(CsvFiles.PARTICIPANT_COLUMNS))
                .concatWith(Flux.range(0, ROWS).map(i -> CsvFiles.line(CsvFiles.participantRow(row -> {}))))
                .map(line -> DefaultDataBufferFactory.sharedInstance.wrap(line.getBytes(StandardCharsets.UTF_8)));

        WebTestClient patient = client(port())
                .responseTimeout(Duration.ofMinutes(3))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .defaultHeader("Authorization", "Bearer " + TestIssuer.intake())
                .build();

        List<RowResult> results = Answers.okList(StreamedImport.post(patient, program, file), RowResult.class);

        assertThat(results).hasSize(ROWS);
        assertThat(results).extracting(RowResult::status).containsOnly(RowStatus.CREATED);
        assertThat(results).extracting(RowResult::row).doesNotHaveDuplicates().contains(2, ROWS + 1);
        assertThat(mongo.count(Query.query(where("programId").is(program)), "participants")
                        .block())
                .isEqualTo(ROWS);
        Set<String> ids = new HashSet<>(results.stream().map(RowResult::id).toList());
        assertThat(keysPublished(ids)).containsAll(ids);
        // and each event, once sent, is taken off its document: none is left to be sent again
        await().atMost(Duration.ofSeconds(60))
                .until(() -> mongo.count(
                                        Query.query(where("programId")
                                                .is(program)
                                                .and("outbox.eventId")
                                                .exists(true)),
                                        "participants")
                                .block()
                        == 0);
    }

    /** Reads the profile topic from its start until every one of these keys has come by. */
    private Set<String> keysPublished(Set<String> wanted) {
        Set<String> seen = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PARTICIPANT_PROFILES).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (wanted.contains(record.key())) {
                        seen.add(record.key());
                    }
                });
                return seen.containsAll(wanted);
            });
        }
        return seen;
    }
}
