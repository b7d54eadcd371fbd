/**
 * The supply report of a program ({@code GET /api/programs/{programId}/report}): who waits and for how long, in four
 * fixed bands, against the mentor places still free, per issue and per language, so a program knows which mentors to
 * recruit next. Counts only, never a person.
 */
package org.peermentor.matching.report;
