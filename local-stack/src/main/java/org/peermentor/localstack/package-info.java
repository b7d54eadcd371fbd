/**
 * The launcher: the whole system on one machine, without Docker. {@link org.peermentor.localstack.LocalStack}
 * reads the settings, checks the ports, starts the embedded infrastructure (the embedded-infra module's Kafka
 * broker, MongoDB server and SMTP server with its development inbox) and then each service as a child JVM
 * ({@link org.peermentor.localstack.ServiceProcesses}, each on the command line of its
 * {@link org.peermentor.localstack.ServiceCommand}), and says where everything is. The executable jar
 * {@code ./run-local} runs is this module shaded with its dependencies.
 */
package org.peermentor.localstack;
