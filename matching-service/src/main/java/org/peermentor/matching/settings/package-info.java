/**
 * How each program matches and follows its pairings ({@code /api/programs/{programId}/settings}): the minimum weekly
 * overlap, whether proposals are approved at once, how long to wait after the last change before an automatic round,
 * the weight of each quality term, when a mentor who has not answered is reminded, the check-in schedule, and whether
 * a participant's request for a new mentor ends the pairing at once. Durations are ISO-8601 text, validated field by
 * field. Read fresh by every round and every follow-up sweep, so a change applies to the next one without a restart.
 */
package org.peermentor.matching.settings;
