package org.peermentor.console.services;

import java.time.Instant;

/** One line of a record's audit trail: who ({@code actorName}, through {@code client}) did what, and when. */
public record AuditRecord(Instant at, String actor, String actorName, String client, String action) {}
