/**
 * This service's own copy of the participants and mentors intake publishes, read from the compacted profile
 * topics: it keeps the highest version of each, so a replayed or late event changes nothing. The listener that
 * feeds it (and nudges rounds, closes a leaver's pairings, erases a tombstoned person) is in {@code feed}, above;
 * this package imports no other feature, as nearly every feature reads it. Pages name people by first name
 * through this replica, looked up a page at a time.
 */
package org.peermentor.matching.profile;
