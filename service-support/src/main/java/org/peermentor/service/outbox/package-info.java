/**
 * The transactional outbox every publishing service uses: an event is written into the same document as the change
 * it announces ({@link org.peermentor.service.outbox.OutboxEntry}, its JSON fixed at write time), so it is published
 * if and only if the change was stored, and the {@link org.peermentor.service.outbox.OutboxRelay} sends it to Kafka
 * in version order and removes it once acknowledged. Writes announce themselves for a fast path; a periodic sweep
 * finds what nobody announced, so after a crash or a Kafka outage nothing is lost or waits forever. A service
 * imports {@link org.peermentor.service.outbox.OutboxWiring} and declares one
 * {@link org.peermentor.service.outbox.RelayedStores} bean: which collections carry an outbox, and the events' source.
 */
package org.peermentor.service.outbox;
