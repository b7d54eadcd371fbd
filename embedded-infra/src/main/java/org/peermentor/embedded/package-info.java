/**
 * Restartable embedded infrastructure that keeps its port and its data across a stop and a start: a real Kafka
 * broker in KRaft mode ({@link org.peermentor.embedded.EmbeddedKafkaBroker}), a MongoDB wire-protocol server whose
 * H2 store commits each write before it answers ({@link org.peermentor.embedded.EmbeddedMongo}), and an SMTP server
 * that delivers into the development inbox ({@link org.peermentor.embedded.EmbeddedMail}). The launcher runs them
 * for {@code ./run-local}; the test kit runs them for the services' integration tests.
 */
package org.peermentor.embedded;
