/**
 * This service's own copy of the participants and mentors intake publishes, read from the compacted profile
 * topics: it keeps the highest version of each, so a replayed or late event changes nothing. Every arrival or
 * change nudges the program's automatic round, a withdrawal closes the person's open pairings, and a tombstone
 * erases them. Pages name people by first name through this replica, looked up a page at a time.
 */
package org.peermentor.matching.profile;
