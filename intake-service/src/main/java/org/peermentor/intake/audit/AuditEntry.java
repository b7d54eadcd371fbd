package org.peermentor.intake.audit;

import java.time.Instant;

/**
 * One access to a person's record: who ({@code actor}, the token's client, with its roles), what ({@code action}),
 * when ({@code at}) and which record. Holds ids only, never the record's contents.
 */
public record AuditEntry(String id, Instant at, String actor, String roles, String action, String recordType,
                         String recordId, String programId) {
}
