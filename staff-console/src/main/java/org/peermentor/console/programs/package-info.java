/**
 * A program manager's view of one program: the dashboard (who waits and why, free mentor places, the proposals to
 * review, the last rounds, a round started by hand) and each round's page (its progress while it solves, then its
 * pairings and whom it left waiting). Both follow the matching service live through small htmx polls, so a round that
 * completes, started by a person or by the service itself, shows without reloading.
 */
package org.peermentor.console.programs;
