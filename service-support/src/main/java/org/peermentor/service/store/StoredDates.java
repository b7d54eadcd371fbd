package org.peermentor.service.store;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/** Times a document keeps as BSON dates, read back as the instants the services work with. */
public final class StoredDates {

    private StoredDates() {}

    /** The field's date as an instant; null when the field is missing or null. */
    public static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
