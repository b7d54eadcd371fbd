package org.peermentor.matching.audit;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;

/**
 * One action of a program manager: who ({@code actor}, {@code actorName}, {@code client}: see
 * {@link org.peermentor.service.audit.Actor}), what ({@code action}), when ({@code at}) and on what (the program, and
 * the pairing or round when there is one). Ids only: never a reason a manager wrote, which may name a person.
 */
@RecordBuilder
public record AuditEntry(
        String id,
        Instant at,
        String actor,
        String actorName,
        String client,
        AuditAction action,
        String programId,
        String pairingId,
        String roundId) {}
