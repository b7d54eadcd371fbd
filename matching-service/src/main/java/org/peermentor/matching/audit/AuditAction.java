package org.peermentor.matching.audit;

/** What a program manager did. */
public enum AuditAction {
    /** Approved a proposal. */
    APPROVE,
    /** Rejected a proposal. */
    REJECT,
    /** Sent the mentor of an approved pairing a fresh link, the old one no longer working. */
    RESEND_LINK,
    /** Paired a participant and a mentor by hand. */
    PAIR_BY_HAND,
    /** Ended a pairing. */
    END,
    /** Changed the program's settings. */
    CHANGE_SETTINGS,
    /** Started a round. */
    START_ROUND,
    /** Started a dry run, which changes nothing but shows what weights would give. */
    START_DRY_RUN,
    /** Read the private notes of one check-in of a pairing. */
    NOTE_READ
}
