package org.peermentor.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void aDocumentSurvivesAStopAndAStartWithTheH2File() {
        try (EmbeddedMongo mongo = EmbeddedMongo.create(dataDir, 0)) {
            mongo.start();
            insert(mongo, new Document("_id", "p-1").append("name", "Ada"));

            mongo.stop();
            mongo.start();

            assertThat(find(mongo, "p-1")).containsEntry("name", "Ada");
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
            mongo.start();
            insert(mongo, new Document("_id", "p-3").append("name", "Katherine"));

            mongo.stop();
            mongo.start();

            assertThat(find(mongo, "p-3")).isNotNull();
        }
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
