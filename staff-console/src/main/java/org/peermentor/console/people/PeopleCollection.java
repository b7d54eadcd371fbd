package org.peermentor.console.people;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Participants or mentors: the path and API collection, the words for one of them, the statuses they move through. */
public enum PeopleCollection {
    PARTICIPANTS("participants", "participant", "Participants", List.of("WAITING", "PROPOSED", "MATCHED", "WITHDRAWN")),
    MENTORS("mentors", "mentor", "Mentors", List.of("ACTIVE", "WITHDRAWN"));

    private final String collection;
    private final String singular;
    private final String title;
    private final List<String> statuses;

    PeopleCollection(String collection, String singular, String title, List<String> statuses) {
        this.collection = collection;
        this.singular = singular;
        this.title = title;
        this.statuses = statuses;
    }

    static PeopleCollection of(String collection) {
        for (PeopleCollection kind : values()) {
            if (kind.collection.equals(collection)) {
                return kind;
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    public String collection() {
        return collection;
    }

    public String singular() {
        return singular;
    }

    public String title() {
        return title;
    }

    public List<String> statuses() {
        return statuses;
    }

    public boolean participants() {
        return this == PARTICIPANTS;
    }
}
