package org.peermentor.console.people;

import org.peermentor.console.services.PeopleQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of one page of a list of participants or mentors: its program and status filters, and
 * {@code search=1} in place of a name searched for, since a name never goes in an address.
 */
final class ListPageLink {

    private ListPageLink() {}

    static String of(PeopleCollection people, PeopleQuery query, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/" + people.collection());
        if (query.programId() != null) {
            link.queryParam("programId", query.programId());
        }
        if (query.status() != null) {
            link.queryParam("status", query.status());
        }
        if (query.q() != null) {
            link.queryParam("search", 1);
        }
        return link.queryParam("page", page).encode().build().toUriString();
    }
}
