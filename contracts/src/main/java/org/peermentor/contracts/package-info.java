/**
 * What the services say to each other on Kafka, in one place so producer and consumer cannot drift: the topics, the
 * profile and pairing events (small records, named in the past tense, each with its id and time), the profiles and
 * the pairing they carry whole, the CloudEvents headers every record has, and the one JSON form of all of them
 * ({@link org.peermentor.contracts.EventJson}). Plain Java and Jackson only: no Spring, Kafka client or MongoDB here,
 * so any service, test or benchmark can read an event without taking on a framework.
 */
package org.peermentor.contracts;
