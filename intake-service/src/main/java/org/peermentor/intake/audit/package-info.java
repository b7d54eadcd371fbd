/**
 * The audit trail of people's records: every registration, read, list, change, status change, withdrawal and
 * erasure of a participant or mentor leaves an entry (who, what, when, which record; never the record's contents)
 * before the access is answered, and program managers read a record's trail at {@code GET /api/audit}. It is the
 * lowest of intake's packages: the others record into it, it knows none of them.
 */
package org.peermentor.intake.audit;
