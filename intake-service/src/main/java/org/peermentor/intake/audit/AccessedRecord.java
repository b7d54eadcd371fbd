package org.peermentor.intake.audit;

/** Which record was accessed: its kind ({@code participant}, {@code mentor}), its id and its program. */
public record AccessedRecord(String recordType, String recordId, String programId) {}
