package org.peermentor.console.pairings;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A pairing's statuses, health and check-in answers, a manager's actions and the delivery log's codes in the words a
 * program manager reads.
 */
@Component("pairingWords")
public class PairingWords {

    private static final Map<String, String> STATUSES = Map.of(
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
    private static final Map<String, String> ACTIONS = Map.of(
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
    private static final Map<String, String> DELIVERY_TYPES = Map.of(
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
    private static final Map<String, String> HEALTHS = Map.of(
            "TOO_EARLY",
            "Too early to tell",
            "ON_TRACK",
            "On track",
            "NEEDS_ATTENTION",
            "Needs attention",
            "QUIET",
            "Quiet — two check-ins unanswered");
    private static final Map<String, String> ANSWERS = Map.of(
            "GOING_WELL",
            "Going well",
            "NOT_SURE",
            "Not sure yet",
            "NOT_A_FIT",
            "Not a good fit",
            "NOT_MET",
            "Have not met yet");
    private static final Map<String, String> DELIVERY_STATUSES = Map.of(
            "PENDING",
            "Waiting to be sent",
            "SENT",
            "Sent",
            "FAILED",
            "Could not be sent",
            "SKIPPED_NO_CONSENT",
            "Not sent: no consent to email");
    private static final Map<String, String> ROLES = Map.of("MENTOR", "The mentor", "PARTICIPANT", "The participant");

    public String status(String code) {
        return word(STATUSES, code);
    }

    public String action(String code) {
        return word(ACTIONS, code);
    }

    public String deliveryType(String code) {
        return word(DELIVERY_TYPES, code);
    }

    public String deliveryStatus(String code) {
        return word(DELIVERY_STATUSES, code);
    }

    /** How an accepted pairing goes, from its check-ins. */
    public String health(String code) {
        return word(HEALTHS, code);
    }

    /** One answer to a check-in. */
    public String answer(String code) {
        return word(ANSWERS, code);
    }

    public String role(String code) {
        return word(ROLES, code);
    }

    /** A first name, or a plain stand-in when the person was erased or is unknown to matching. */
    public String name(String firstName, String standIn) {
        return firstName == null || firstName.isBlank() ? standIn : firstName;
    }

    /** A pairing in a list, "Ana with Mia": by first names, or "Participant" / "mentor" for someone erased. */
    public String who(String participantFirstName, String mentorFirstName) {
        return name(participantFirstName, "Participant") + " with " + name(mentorFirstName, "mentor");
    }

    private static String word(Map<String, String> words, String code) {
        if (code == null) {
            return "";
        }
        return words.getOrDefault(code, code.replace('_', ' '));
    }
}
