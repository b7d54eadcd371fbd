/**
 * Matching rounds: one at a time per program, started by a manager or by the settle timer once arrivals stop,
 * planned from a snapshot of the program, solved on a bounded pool of solver threads (never a listener thread or an
 * event loop), and stored with their outcome before any pairing changes. A change is then made only where the
 * snapshot still holds, so a manager's decision taken meanwhile stands, and a round cut off by a crash is failed or
 * finished at the next start, never left half applied. Other packages start rounds only through
 * {@code program.RoundNudge}, which this package's settle timer implements, so none of them imports round back.
 */
package org.peermentor.matching.round;
