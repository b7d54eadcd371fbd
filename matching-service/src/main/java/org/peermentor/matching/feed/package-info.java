/**
 * The profile feed: the listener on intake's compacted profile topics. Each event goes into the profile replica and
 * nudges the program's automatic round; a withdrawal closes the person's open pairings through pairing's one door
 * ({@code Departures}); a tombstone hands the person to erasure. The listener sits here, above profile, pairing and
 * erasure, rather than in {@code profile}: pairings and erasure read the replica, so a listener inside profile that
 * calls them made profile and pairing, and profile and erasure, import each other.
 */
package org.peermentor.matching.feed;
