/**
 * What every feature may share about one program, below all of them. {@link
 * org.peermentor.matching.program.RoundNudge} is the door to the program's automatic round: pairings, erasure and
 * the profile feed nudge rounds while rounds use pairings and erasure, so the door lives here and
 * {@code round.RoundTrigger} implements it. {@link org.peermentor.matching.program.PairingWriteLock} is the program's
 * lock on writing new pairings, held both by a pairing by hand ({@code pairing}) and by a round applying its outcome
 * ({@code round}); it belongs to neither, so it sits here rather than in pairing, where rounds reached into it. (A
 * round's own lock, {@code round.RoundLocks}, stays in round, the only package that takes it.) This package depends on
 * no other of this service.
 */
package org.peermentor.matching.program;
