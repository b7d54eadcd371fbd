/**
 * How stored profile changes reach Kafka: the outbox relay that publishes the events waiting in participant and
 * mentor documents (written with the change itself, so a stored change is always published and nothing unstored
 * ever is), and the compacted profile topics intake owns, created when missing.
 */
package org.peermentor.intake.outbox;
