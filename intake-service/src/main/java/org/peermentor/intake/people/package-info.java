/**
 * The HTTP API of participants and mentors ({@code /api/participants}, {@code /api/mentors}): register, read, list,
 * change, withdraw and erase. Both kinds go through one flow keyed by the kind the path names, because everything
 * but their own fields is the same for both; what sets a kind apart is said once, in {@code profile}.
 */
package org.peermentor.intake.people;
