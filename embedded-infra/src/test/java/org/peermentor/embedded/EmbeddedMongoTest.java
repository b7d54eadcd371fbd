package org.peermentor.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void aDocumentSurvivesAStopAndAStartWithTheH2File() {
        try (EmbeddedMongo mongo = EmbeddedMongo.create(dataDir, 0)) {
            Document found = insertedThenFoundAfterARestart(mongo, new Document("_id", "p-1").append("name", "Ada"));

            assertThat(found).containsEntry("name", "Ada");
        }
    }

    @Test
    void aNewServerOnTheSameDataDirFindsTheDocumentsOnTheSamePort() {
        int port;
        try (EmbeddedMongo first = EmbeddedMongo.create(dataDir, 0)) {
            first.start();
            port = first.port();
            insert(first, new Document("_id", "p-2").append("name", "Grace"));
        }

        try (EmbeddedMongo second = EmbeddedMongo.create(dataDir, port)) {
            second.start();

            assertThat(second.connectionString()).isEqualTo("mongodb://localhost:" + port);
            assertThat(find(second, "p-2")).containsEntry("name", "Grace");
        }
    }

    @Test
    void withoutADataDirTheDocumentsLiveInMemoryAcrossARestart() {
        try (EmbeddedMongo mongo = EmbeddedMongo.create(null, 0)) {
            Document found =
                    insertedThenFoundAfterARestart(mongo, new Document("_id", "p-3").append("name", "Katherine"));

            assertThat(found).isNotNull();
        }
    }

    @Test
    void filesOfStockH2StorageKeepWorkingAndStayReadableByIt() {
        Path file = dataDir.resolve(EmbeddedMongo.STORE_FILE);
        MongoServer stock = new MongoServer(new H2Backend(file.toString()));
        InetSocketAddress address = stock.bind();
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort())) {
            MongoCollection<Document> deliveries =
                    client.getDatabase("notification").getCollection("deliveries");
            deliveries.createIndex(new Document("_id", 1).append("revision", 1), new IndexOptions().unique(true));
            for (int i = 0; i < 200; i++) {
                deliveries.insertOne(new Document("_id", "e-" + i + ".mentor").append("revision", i % 7));
            }
        } finally {
            stock.shutdownNow();
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.create(dataDir, 0)) {
            mongo.start();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> deliveries =
                        client.getDatabase("notification").getCollection("deliveries");
                assertThat(deliveries
                                .find(new Document("_id", "e-123.mentor").append("revision", 123 % 7))
                                .first())
                        .isNotNull();
                assertThat(deliveries.find(new Document("_id", "e-77.mentor")).first())
                        .containsEntry("revision", 0);
                assertThatThrownBy(() -> deliveries.insertOne(new Document("_id", "e-5.mentor")))
                        .isInstanceOf(MongoWriteException.class);
                deliveries.updateOne(
                        new Document("_id", "e-5.mentor").append("revision", 5), Updates.inc("revision", 1));
                deliveries.insertOne(new Document("_id", "e-200.mentor").append("revision", 0));
            }
        }

        MongoServer again = new MongoServer(new H2Backend(file.toString()));
        address = again.bind();
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort())) {
            MongoCollection<Document> deliveries =
                    client.getDatabase("notification").getCollection("deliveries");
            assertThat(deliveries
                            .find(new Document("_id", "e-5.mentor").append("revision", 6))
                            .first())
                    .isNotNull();
            assertThat(deliveries.find(new Document("_id", "e-200.mentor")).first())
                    .isNotNull();
            assertThat(deliveries.countDocuments()).isEqualTo(201);
        } finally {
            again.shutdownNow();
        }
    }

    /** Starts the server, inserts the document, stops and starts the server again, and looks the document up by id. */
    private static Document insertedThenFoundAfterARestart(EmbeddedMongo mongo, Document document) {
        mongo.start();
        insert(mongo, document);
        mongo.stop();
        mongo.start();
        return find(mongo, document.getString("_id"));
    }

    private static void insert(EmbeddedMongo mongo, Document document) {
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            participants(client).insertOne(document);
        }
    }

    private static Document find(EmbeddedMongo mongo, String id) {
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            return participants(client).find(new Document("_id", id)).first();
        }
    }

    private static MongoCollection<Document> participants(MongoClient client) {
        return client.getDatabase("intake").getCollection("participants");
    }
}
