/**
 * How each program matches ({@code /api/programs/{programId}/settings}): the minimum weekly overlap, whether
 * proposals are approved at once, how long to wait after the last change before an automatic round, and the
 * weight of each quality term. Read fresh by every round, so a change applies to the next one without a restart.
 */
package org.peermentor.matching.settings;
