package org.peermentor.matching.audit;

/** What an action was done to: always a program, and a pairing or a round when the action names one. */
public record AuditTarget(String programId, String pairingId, String roundId) {

    public static AuditTarget pairing(String programId, String pairingId) {
        return new AuditTarget(programId, pairingId, null);
    }

    public static AuditTarget round(String programId, String roundId) {
        return new AuditTarget(programId, null, roundId);
    }

    public static AuditTarget program(String programId) {
        return new AuditTarget(programId, null, null);
    }
}
