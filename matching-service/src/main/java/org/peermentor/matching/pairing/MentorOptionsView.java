package org.peermentor.matching.pairing;

import java.util.List;

/**
 * The mentors a manager could pair one participant with: the allowed ones best first, each with {@code adds}, what
 * the pairing would add to the program's objective (the soft score a round maximises: the participant's priority and
 * the pair's quality, less the mentor's added load, under the program's weights); then the closest forbidden ones,
 * each with every rule it breaks in the words of the manual pairing's 422 ({@code "H3: …"}).
 */
public record MentorOptionsView(String participantId, List<AllowedMentor> allowed, List<ForbiddenMentor> forbidden) {}
