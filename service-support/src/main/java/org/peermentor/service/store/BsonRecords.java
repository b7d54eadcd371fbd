package org.peermentor.service.store;

import java.nio.charset.StandardCharsets;
import org.bson.Document;
import org.peermentor.contracts.EventJson;

/**
 * Stores records in MongoDB in exactly their JSON shape on the wire, so what is stored, served and
 * published never drifts apart.
 */
public final class BsonRecords {

    private BsonRecords() {
    }

    public static Document toBson(Object record) {
        return Document.parse(new String(EventJson.write(record), StandardCharsets.UTF_8));
    }

    public static <T> T fromBson(Document document, Class<T> type) {
        return EventJson.mapper().readValue(document.toJson(), type);
    }
}
