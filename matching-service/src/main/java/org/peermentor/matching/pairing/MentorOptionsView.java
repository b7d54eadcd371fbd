package org.peermentor.matching.pairing;

import java.util.List;

/**
 * The mentors a manager could pair one participant with: the allowed ones best first, then the closest forbidden
 * ones, each with every rule it breaks in the words of the manual pairing's 422 ({@code "H3: …"}).
 */
public record MentorOptionsView(String participantId, List<Allowed> allowed, List<Forbidden> forbidden) {

    public record Allowed(String mentorId, String firstName, int freePlaces, List<String> explanation) {
    }

    public record Forbidden(String mentorId, String firstName, int freePlaces, List<String> rules) {
    }
}
