package org.peermentor.console.services;

/** A page of a list: the filters as typed (blank ones left out), the page number from 0 and its size. */
public record PeopleQuery(String programId, String status, String q, int page, int size) {

    public PeopleQuery {
        programId = blankToNull(programId);
        status = blankToNull(status);
        q = blankToNull(q);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
