package org.peermentor.notification.mail;

import java.util.List;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;

/**
 * What a participant is told once their mentor accepted: the mentor's first name, how and when they can meet.
 *
 * @param times the weekly windows, already in the participant's time zone
 */
public record MentorIntroduction(
        String participantFirstName, String mentorFirstName, List<Format> formats, List<Slot> times, String timezone) {}
