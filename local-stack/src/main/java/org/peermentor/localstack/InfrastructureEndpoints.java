package org.peermentor.localstack;

/** Where the infrastructure listens, as the services need to know it. */
record InfrastructureEndpoints(String kafkaBootstrapServers, String mongoConnectionString, int smtpPort) {}
