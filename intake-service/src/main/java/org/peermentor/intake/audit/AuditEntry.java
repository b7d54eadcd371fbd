package org.peermentor.intake.audit;

import java.time.Instant;

/**
 * One access to a person's record: who ({@code actor}, the token's subject — a person's username, or the client
 * itself for a machine client — with {@code actorName} to show and the {@code client} they acted through, and the
 * roles held), what ({@code action}), when ({@code at}) and which record. Holds ids only, never the record's contents.
 */
public record AuditEntry(String id, Instant at, String actor, String actorName, String client, String roles,
                         String action, String recordType, String recordId, String programId) {
}
