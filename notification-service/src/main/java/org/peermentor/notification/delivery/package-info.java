/**
 * Deliveries: one per (event, recipient), recorded as PENDING before anything is sent, under a key derived from
 * the event id and the recipient's role, so a redelivered or replayed event finds its delivery already there and
 * sends nothing. The Kafka listener only records; a sender loop hands pending deliveries to SMTP on a bounded
 * pool, retries with exponential backoff, and ends each one SENT, FAILED or SKIPPED_NO_CONSENT.
 */
package org.peermentor.notification.delivery;
