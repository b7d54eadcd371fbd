/**
 * Pairings and their lifecycle: a round's proposals, a manager's decisions on them (one at a time, or "Approve
 * selected" as one batch request), pairings by hand, the mentor's answer through the link in their email, and the
 * endings a person's departure brings. Each change is one conditional write on the pairing's own document, carrying
 * the events that announce it in that document's outbox, so it is published if and only if it was stored.
 * A person's leaving reaches their pairings through one door, {@code Departures}, which the profile feed (a
 * withdrawal) and erasure call; the program's write lock and the round door are below, in {@code program}.
 */
package org.peermentor.matching.pairing;
