package org.peermentor.service.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The ids of documents announced to the relay, per collection, that its next pass takes up first (the fast path). */
final class Announcements {

    private final Map<String, Set<String>> byCollection = new ConcurrentHashMap<>();

    void add(String collection, String id) {
        byCollection
                .computeIfAbsent(collection, c -> ConcurrentHashMap.newKeySet())
                .add(id);
    }

    /** Takes up to {@code most} of a collection's announced ids out of the set. */
    List<String> drain(String collection, int most) {
        Set<String> ids = byCollection.getOrDefault(collection, Set.of());
        List<String> batch = new ArrayList<>();
        for (String id : ids) {
            if (batch.size() == most) {
                break;
            }
            ids.remove(id);
            batch.add(id);
        }
        return batch;
    }
}
