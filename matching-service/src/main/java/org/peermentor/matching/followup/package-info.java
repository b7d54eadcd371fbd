/**
 * What happens to a pairing with time, without anyone acting: a loop ({@code FollowUpLoop}) looks over the stored
 * pairings every {@code matching.follow-up.sweep-every} and runs each {@code FollowUpStep}. This package's own step,
 * {@code MentorRequests}, follows the mentor's request: a mentor who has not answered after the program's
 * {@code reminderAfter} is reminded once, and a request whose link expired unanswered becomes EXPIRED, freeing the
 * place. Every due time is read from the pairing documents and every change is one conditional write on the pairing's
 * own document (through {@code pairing.PairingService}), so two instances, or one after a restart, never act twice
 * and lose nothing; a failure is logged and tried again by the next sweep.
 */
package org.peermentor.matching.followup;
