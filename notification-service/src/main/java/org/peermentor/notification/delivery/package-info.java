/**
 * Deliveries: one per (event, recipient), recorded as PENDING before anything is sent, under a key derived from
 * the event id and the recipient's role, so a redelivered or replayed event finds its delivery already there and
 * sends nothing. The Kafka listener only records; a sender loop hands pending deliveries to SMTP on a bounded
 * pool, retries with exponential backoff, and ends each one SENT, FAILED or SKIPPED_NO_CONSENT. When a person is
 * erased, their deliveries lose the address and content and those still waiting end SKIPPED_NO_CONSENT
 * ({@code DeliveryErasure}).
 */
package org.peermentor.notification.delivery;
