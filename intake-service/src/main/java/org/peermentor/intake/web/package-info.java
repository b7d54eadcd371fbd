/**
 * What intake's HTTP side shares: who may call which endpoint (roles, program limits and rate limits of writes), and
 * how profile versions travel as {@code ETag} and {@code If-Match}, so a change made from a stale copy is refused.
 */
package org.peermentor.intake.web;
