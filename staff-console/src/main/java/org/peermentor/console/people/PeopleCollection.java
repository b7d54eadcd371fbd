package org.peermentor.console.people;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Participants or mentors: the path and API collection, the words for one of them, the statuses they move through. */
public enum PeopleCollection {
    PARTICIPANTS("participant", "Participants", List.of("WAITING", "PROPOSED", "MATCHED", "WITHDRAWN")),
    MENTORS("mentor", "Mentors", List.of("ACTIVE", "WITHDRAWN"));

    private final String singular;
    private final String title;
    private final List<String> statuses;

    PeopleCollection(String singular, String title, List<String> statuses) {
        this.singular = singular;
        this.title = title;
        this.statuses = statuses;
    }

    /** The kind at this path; any other path is not found. */
    static PeopleCollection of(String collection) {
        return Arrays.stream(values())
                .filter(kind -> kind.collection().equals(collection))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The path and the API's collection, "participants" or "mentors": the constant's name as a path says it. */
    public String collection() {
        return name().toLowerCase(Locale.ROOT);
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
