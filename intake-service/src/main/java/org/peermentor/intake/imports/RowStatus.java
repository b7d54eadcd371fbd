package org.peermentor.intake.imports;

/** What became of one data row of an import: a new profile, one already there, or refused. */
enum RowStatus {
    CREATED,
    UNCHANGED,
    REJECTED
}
