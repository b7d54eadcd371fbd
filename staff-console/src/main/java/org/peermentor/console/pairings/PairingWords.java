package org.peermentor.console.pairings;

import java.util.Map;
import org.springframework.stereotype.Component;

/** A pairing's statuses, a manager's actions and the delivery log's codes in the words a program manager reads. */
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
            "Ended");
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
            "Tried other weights");
    private static final Map<String, String> DELIVERY_TYPES =
            Map.of("PairingApproved", "Asks the mentor to accept", "PairingAccepted", "Introduces the mentor");
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

    public String role(String code) {
        return word(ROLES, code);
    }

    /** A first name, or a plain stand-in when the person was erased or is unknown to matching. */
    public String name(String firstName, String standIn) {
        return firstName == null || firstName.isBlank() ? standIn : firstName;
    }

    private static String word(Map<String, String> words, String code) {
        if (code == null) {
            return "";
        }
        return words.getOrDefault(code, code.replace('_', ' '));
    }
}
