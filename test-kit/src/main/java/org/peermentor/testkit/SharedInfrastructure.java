package org.peermentor.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.embedded.EmbeddedMail;
import org.peermentor.embedded.EmbeddedMongo;

/**
 * One real Kafka broker (KRaft), one MongoDB wire-protocol server and one SMTP server (GreenMail) for the whole
 * test run, started on first use; tests keep apart by their own ids and email addresses.
 */
public final class SharedInfrastructure {

    private static EmbeddedKafkaBroker kafka;
    private static EmbeddedMongo mongo;
    private static EmbeddedMail mail;

    private SharedInfrastructure() {}

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

    /** The SMTP server; a test that stops it starts it again (same port, same inbox) before it ends. */
    public static synchronized EmbeddedMail mail() {
        if (mail == null) {
            mail = EmbeddedMail.create(null, 0, 0);
            mail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(mail::close));
        }
        return mail;
    }

    /** A MongoDB server of its own (in memory), for tests that stop and start it. */
    public static EmbeddedMongo startMongo() {
        EmbeddedMongo server = EmbeddedMongo.create(null, 0);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server;
    }

    /** A broker of its own, for tests that must not share their topics' history. */
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

    /**
     * Points a service under test at this broker and this store (database and options after the server's address,
     * e.g. {@code "intake?serverSelectionTimeoutMS=1000"}), with tokens from the {@link TestIssuer}. Takes a
     * {@code DynamicPropertyRegistry}'s {@code add}, as {@code connect(registry::add, kafka, mongo, "intake")}.
     */
    public static void connect(
            BiConsumer<String, Supplier<Object>> registry,
            EmbeddedKafkaBroker kafka,
            EmbeddedMongo mongo,
            String database) {
        registry.accept(TestIssuer.PUBLIC_KEY_PROPERTY, TestIssuer::publicKeyLocation);
        registry.accept("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.accept("spring.mongodb.uri", () -> mongo.connectionString() + "/" + database);
    }

    /**
     * As {@link #connect}, for a test that stops the store: the driver gives up on a server that is away after a
     * second instead of 30, so each of the service's tries fails fast.
     */
    public static void connectFailingFast(
            BiConsumer<String, Supplier<Object>> registry,
            EmbeddedKafkaBroker kafka,
            EmbeddedMongo mongo,
            String database) {
        connect(registry, kafka, mongo, database + "?serverSelectionTimeoutMS=1000");
    }

    /**
     * The same as command-line arguments ({@code --name=value}), for a service a test starts and stops itself: on a
     * random port, at this broker and this store ({@code mongoUri} with its database), with tokens from the
     * {@link TestIssuer}. A new list, for the caller's own settings to follow.
     */
    public static List<String> arguments(String bootstrapServers, String mongoUri) {
        return new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--spring.mongodb.uri=" + mongoUri,
                "--" + TestIssuer.PUBLIC_KEY_PROPERTY + "=" + TestIssuer.publicKeyLocation()));
    }
}
