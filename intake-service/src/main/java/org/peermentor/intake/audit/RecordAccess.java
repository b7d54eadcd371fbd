package org.peermentor.intake.audit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/**
 * One access to a person's record: who ({@link Accessor}), what ({@code action}), when ({@code at}) and which
 * record ({@link AccessedRecord}). Holds ids only, never the record's contents. On the wire the who and the which
 * are fields of the entry itself: {@code {"id", "at", "actor", "actorName", "client", "roles", "action",
 * "recordType", "recordId", "programId"}}.
 */
public record RecordAccess(
        String id,
        Instant at,
        @JsonUnwrapped Accessor accessor,
        String action,
        @JsonUnwrapped AccessedRecord record) {}
