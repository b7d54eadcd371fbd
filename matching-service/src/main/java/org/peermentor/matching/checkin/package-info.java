/**
 * Check-ins of accepted pairings: a step of the follow-up loop opens each pairing's next check-in when it is due (one conditional write on
 * the pairing's document, carrying the {@code PairingCheckInDue} event, so it is opened once across instances and
 * restarts); the mentor and the participant each answer through a one-use link ({@code /api/checkins/{id}}), whose
 * page changes nothing and whose answer is kept once; a participant's request for a new mentor ends the pairing with a
 * rematch when the program says so. Program managers read the answers, and each private note read is audited. Check-in
 * ids are {@code <pairingId>-c<n>}; the link tokens are signed by {@code pairing.ResponseTokens}, not stored. The
 * writes to the pairing's document are made by {@code pairing.CheckInRecords}.
 */
package org.peermentor.matching.checkin;
