/**
 * The engagement report of a program ({@code GET /api/programs/{programId}/engagement}): what happens after the
 * match. How long pairs take to first meet, how many accepted pairings are on track, which ended early (under 90 days)
 * and why, and how often mentors and participants answer their check-ins. Counts and shares only, never a person and
 * never a check-in's note.
 */
package org.peermentor.matching.engagement;
