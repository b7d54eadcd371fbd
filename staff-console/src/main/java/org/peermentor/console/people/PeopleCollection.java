package org.peermentor.console.people;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Participants or mentors: the path and API collection ("participants" or "mentors"), the words for one of them, the
 * page's title and the statuses they move through.
 */
public record PeopleCollection(String collection, String singular, String title, List<String> statuses) {

    static final PeopleCollection PARTICIPANTS = new PeopleCollection(
            "participants", "participant", "Participants", List.of("WAITING", "PROPOSED", "MATCHED", "WITHDRAWN"));
    static final PeopleCollection MENTORS =
            new PeopleCollection("mentors", "mentor", "Mentors", List.of("ACTIVE", "WITHDRAWN"));

    /** The kind at this path; any other path is not found. */
    static PeopleCollection of(String collection) {
        return Stream.of(PARTICIPANTS, MENTORS)
                .filter(kind -> kind.collection().equals(collection))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    public boolean participants() {
        return equals(PARTICIPANTS);
    }
}
