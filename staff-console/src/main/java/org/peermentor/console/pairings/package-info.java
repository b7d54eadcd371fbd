/**
 * A program manager's decisions on pairings: approve or reject a proposal, end a pairing (with or without finding the
 * participant another mentor), pair a participant by hand from the mentors the rules allow, and each pairing's page
 * with its history and delivery log. After approval the page follows the mentor's link (expiry, reminder, a fresh
 * link on request); after acceptance the pairing's health and its check-ins, whose private notes are read only on
 * purpose (a form, answered directly, kept nowhere). A decision the matching service refuses (409, 422, a missing
 * reason) comes back on the page the manager was on, in words, never as an error page.
 */
package org.peermentor.console.pairings;
