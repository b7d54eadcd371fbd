package org.peermentor.matching.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.peermentor.localstack.EmbeddedKafkaBroker;
import org.peermentor.localstack.EmbeddedMongo;

/**
 * One real Kafka broker (KRaft) and one MongoDB wire-protocol server for the whole test run, started on
 * first use; tests keep apart by using their own program ids and emails.
 */
public final class SharedInfrastructure {

    private static EmbeddedKafkaBroker kafka;
    private static EmbeddedMongo mongo;

    private SharedInfrastructure() {
    }

    public static synchronized EmbeddedKafkaBroker kafka() {
        if (kafka == null) {
            kafka = startKafka();
        }
        return kafka;
    }

    public static synchronized EmbeddedMongo mongo() {
        if (mongo == null) {
            mongo = EmbeddedMongo.create(null, 0);
            mongo.start();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::close));
        }
        return mongo;
    }

    /** A broker of its own, for tests that stop and restart it. */
    public static EmbeddedKafkaBroker startKafka() {
        try {
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.create(Files.createTempDirectory("kafka-"), 0);
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
