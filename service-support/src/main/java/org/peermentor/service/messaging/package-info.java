/**
 * What the services' Kafka listeners share: the containers' error handler, which waits out a store outage and
 * dead-letters a record that is wrong.
 */
package org.peermentor.service.messaging;
