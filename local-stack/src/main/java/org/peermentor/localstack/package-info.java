/**
 * The whole system on one machine, without Docker. Restartable embedded infrastructure that
 * keeps its port and its data across a stop and a start ({@link org.peermentor.localstack.EmbeddedKafkaBroker},
 * {@link org.peermentor.localstack.EmbeddedMongo}, {@link org.peermentor.localstack.EmbeddedMail}), used by
 * {@code ./run-local} and by other modules' integration tests; and {@link org.peermentor.localstack.LocalStack},
 * which starts that infrastructure and then each service as a child JVM.
 */
package org.peermentor.localstack;
