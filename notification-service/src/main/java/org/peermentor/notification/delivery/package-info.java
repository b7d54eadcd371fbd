/**
 * Deliveries: one per (event, recipient), recorded as PENDING before anything is sent, under a key derived from
 * the event id and the recipient's role, so a redelivered or replayed event finds its delivery already there and
 * sends nothing. The Kafka listener records a batch of events' deliveries in one write, each reserved for its first
 * try; a sender loop hands batches of reserved deliveries to SMTP, one connection per batch on a bounded pool,
 * stores their outcomes a group at a time, retries with exponential backoff, and ends each one SENT, FAILED or
 * SKIPPED_NO_CONSENT. Every reservation and outcome names the revision it was decided on.
 */
package org.peermentor.notification.delivery;
