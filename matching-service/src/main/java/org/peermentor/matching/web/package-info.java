/**
 * Who may reach what: {@code /api/**} for program managers, the mentor's link pages for whoever holds the link's
 * token, each with its rate limit; and the object-level check every endpoint naming a program or a record makes,
 * answering outside the caller's programs with the same 404 a missing record gets, so nobody learns what other
 * programs hold.
 */
package org.peermentor.matching.web;
