/**
 * What every feature may tell a program, below all of them: {@link org.peermentor.matching.program.RoundNudge}, the
 * door to the program's automatic round. It lives here, not in {@code round}, because pairings, erasure and the
 * profile feed nudge rounds while rounds use pairings and erasure; with the door below them all, no package imports
 * one that imports it back. It depends on no other package of this service.
 */
package org.peermentor.matching.program;
