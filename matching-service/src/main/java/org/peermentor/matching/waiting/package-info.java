/**
 * The waiting list of a program: every participant nobody is proposed to or paired with yet, the urgent and the
 * longest waiting first, each with when they began waiting and why the newest round since could not place them,
 * in that round's words. Read in one query per collection (participants, pairings, rounds) and put together in
 * memory, so a program of thousands answers quickly. {@code WaitingMeters} reads the same stores every few seconds
 * for the on-call's gauges: how many wait per program, and how long from registration to a pairing.
 */
package org.peermentor.matching.waiting;
