package org.peermentor.console.pairings;

import org.peermentor.console.web.WordTable;
import org.springframework.stereotype.Component;

/**
 * A pairing's statuses, health and check-in answers, a manager's actions and the delivery log's codes in the words a
 * program manager reads. Each code list is a {@link WordTable} in a public final field, so a template reads
 * {@code @pairingWords.status.word(code)}; a code not listed is shown with its underscores as spaces.
 */
@Component("pairingWords")
public class PairingWords {

    public final WordTable status = WordTable.of(
            PairingWords::spaced,
            "PROPOSED",
            "Proposed, waiting for review",
            "APPROVED",
            "Approved, waiting for the mentor’s answer",
            "ACCEPTED",
            "Accepted by the mentor",
            "DECLINED",
            "Declined by the mentor",
            "REJECTED",
            "Rejected",
            "SUPERSEDED",
            "Replaced by a later round",
            "ENDED",
            "Ended",
            "EXPIRED",
            "Expired — the mentor did not answer in time");
    public final WordTable action = WordTable.of(
            PairingWords::spaced,
            "APPROVE",
            "Approved the proposal",
            "REJECT",
            "Rejected the proposal",
            "PAIR_BY_HAND",
            "Paired them by hand",
            "END",
            "Ended the pairing",
            "CHANGE_SETTINGS",
            "Changed the settings",
            "START_ROUND",
            "Started a round",
            "START_DRY_RUN",
            "Tried other weights",
            "RESEND_LINK",
            "Sent the mentor a fresh link",
            "NOTE_READ",
            "Read a check-in note");
    public final WordTable deliveryType = WordTable.of(
            PairingWords::spaced,
            "PairingApproved",
            "Asks the mentor to accept",
            "PairingAccepted",
            "Introduces the mentor",
            "PairingReminderDue",
            "Reminds the mentor to answer",
            "PairingCheckInDue",
            "Asks how the pairing is going (check-in)",
            "PairingExpired",
            "Says the participant waits again",
            "PairingDeclined",
            "Says the participant waits again",
            "PairingEnded",
            "Says the pairing ended");
    /** How an accepted pairing goes, from its check-ins. */
    public final WordTable health = WordTable.of(
            PairingWords::spaced,
            "TOO_EARLY",
            "Too early to tell",
            "ON_TRACK",
            "On track",
            "NEEDS_ATTENTION",
            "Needs attention",
            "QUIET",
            "Quiet — two check-ins unanswered");
    /** One answer to a check-in. */
    public final WordTable answer = WordTable.of(
            PairingWords::spaced,
            "GOING_WELL",
            "Going well",
            "NOT_SURE",
            "Not sure yet",
            "NOT_A_FIT",
            "Not a good fit",
            "NOT_MET",
            "Have not met yet");

    public final WordTable deliveryStatus = WordTable.of(
            PairingWords::spaced,
            "PENDING",
            "Waiting to be sent",
            "SENT",
            "Sent",
            "FAILED",
            "Could not be sent",
            "SKIPPED_NO_CONSENT",
            "Not sent: no consent to email");
    public final WordTable role =
            WordTable.of(PairingWords::spaced, "MENTOR", "The mentor", "PARTICIPANT", "The participant");

    /** A first name, or a plain stand-in when the person was erased or is unknown to matching. */
    public String name(String firstName, String standIn) {
        return firstName == null || firstName.isBlank() ? standIn : firstName;
    }

    /** A pairing in a list, "Ana with Mia": by first names, or "Participant" / "mentor" for someone erased. */
    public String who(String participantFirstName, String mentorFirstName) {
        return name(participantFirstName, "Participant") + " with " + name(mentorFirstName, "mentor");
    }

    private static String spaced(String code) {
        return code.replace('_', ' ');
    }
}
