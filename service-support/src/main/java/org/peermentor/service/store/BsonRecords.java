package org.peermentor.service.store;

import java.nio.charset.StandardCharsets;
import org.bson.Document;
import org.peermentor.contracts.EventJson;

/**
 * Stores records in MongoDB in exactly their JSON shape on the wire, so what is stored, served and
 * published never drifts apart.
 */
public final class BsonRecords {

    private BsonRecords() {}

    public static Document toBson(Object record) {
        return Document.parse(new String(EventJson.write(record), StandardCharsets.UTF_8));
    }

    /**
     * Reads a document {@link #toBson} wrote. It holds only what JSON holds (strings, numbers, booleans, lists and
     * documents), so it is read as the map it is, without writing it out as JSON text first: that round trip was a
     * third of the matching service's time answering a large program's report and waiting list.
     */
    public static <T> T fromBson(Document document, Class<T> type) {
        return EventJson.mapper().convertValue(document, type);
    }
}
