/**
 * The right to be forgotten, as matching keeps it: a tombstone on a profile topic removes the person's replica,
 * closes their open pairings as a withdrawal would, and leaves {@code ERASED} in place of their id in every pairing
 * and round, so counts and history stay while nothing leads back to them. Replays and unknown ids find nothing to do.
 * Rounds call erasure (to sweep people erased while a round was solving), so erasure reaches rounds only through
 * {@code RoundHistory}, which the round store implements, and pairings through their one door, {@code Departures}.
 */
package org.peermentor.matching.erasure;
