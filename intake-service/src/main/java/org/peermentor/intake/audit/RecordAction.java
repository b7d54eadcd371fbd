package org.peermentor.intake.audit;

/** What was done to a record. */
public enum RecordAction {
    /** Registered. */
    CREATE,
    /** Read on its own. */
    READ,
    /** Shown in a list answer. */
    LIST,
    /** Changed by intake staff. */
    UPDATE,
    /** Status changed by a pairing decision (the matching service's event). */
    STATUS,
    /** Withdrawn. */
    WITHDRAW,
    /** Personal data erased. */
    ERASE
}
