package org.peermentor.matching.profile;

import java.util.Map;

/**
 * First names looked up for a page of views, one query per kind of person; an erased or unknown person has none
 * ({@code null}), so a view never fails for want of a name.
 */
public record Names(Map<String, String> participants, Map<String, String> mentors) {

    public static final Names NONE = new Names(Map.of(), Map.of());

    public Names {
        participants = Map.copyOf(participants);
        mentors = Map.copyOf(mentors);
    }

    public String participant(String id) {
        return id == null ? null : participants.get(id);
    }

    public String mentor(String id) {
        return id == null ? null : mentors.get(id);
    }
}
