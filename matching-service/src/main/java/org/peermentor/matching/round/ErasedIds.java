package org.peermentor.matching.round;

import java.util.List;
import org.bson.Document;

/** Stored rounds rewritten for an erasure: a person's id replaced wherever a round names them, at any depth. */
final class ErasedIds {

    private ErasedIds() {}

    /** A copy of a stored value in which every {@code field} holding {@code personId} holds {@code erased}. */
    static Object replaced(Object value, String field, String personId, String erased) {
        if (value instanceof Document document) {
            Document copy = new Document();
            document.forEach((key, inner) -> copy.append(
                    key,
                    key.equals(field) && personId.equals(inner) ? erased : replaced(inner, field, personId, erased)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream()
                    .map(inner -> replaced(inner, field, personId, erased))
                    .toList();
        }
        return value;
    }
}
