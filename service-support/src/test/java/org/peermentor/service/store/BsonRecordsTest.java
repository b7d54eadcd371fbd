package org.peermentor.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A record stored as a document comes back equal to what was stored, whatever its fields hold. */
class BsonRecordsTest {

    enum Kind {
        GRIEF,
        OPIOID_USE
    }

    record Slot(String day, String start) {}

    record Stored(
            String id,
            long version,
            int places,
            double share,
            boolean active,
            Instant at,
            Kind kind,
            List<String> languages,
            List<Slot> slots,
            Map<String, Integer> weights,
            String absent) {}

    @Test
    void aRecordComesBackAsItWasStored() {
        Stored stored = new Stored(
                "p-1",
                9_000_000_000L,
                2,
                0.25,
                true,
                Instant.parse("2026-12-06T09:15:30.123456789Z"),
                Kind.OPIOID_USE,
                List.of("es", "en"),
                List.of(new Slot("TUESDAY", "18:00")),
                Map.of("overlap", 2, "sameRegion", 0),
                null);

        Document document = BsonRecords.toBson(stored);

        assertThat(BsonRecords.fromBson(document, Stored.class)).isEqualTo(stored);
    }

    @Test
    void aDocumentReadBackFromTheStoreIsReadAsWell() {
        Stored stored = new Stored(
                "p-2",
                3,
                1,
                1.5,
                false,
                Instant.parse("2026-01-01T00:00:00Z"),
                Kind.GRIEF,
                List.of(),
                List.of(),
                Map.of(),
                null);
        // what the driver hands back: the same document decoded from its BSON bytes
        Document decoded = Document.parse(BsonRecords.toBson(stored).toJson());

        assertThat(BsonRecords.fromBson(decoded, Stored.class)).isEqualTo(stored);
    }
}
