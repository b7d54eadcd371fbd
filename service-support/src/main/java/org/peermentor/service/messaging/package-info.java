/**
 * What the services' Kafka listeners share: telling a store outage (wait it out) from a record that is wrong
 * (dead-letter it), and the containers' error handler built on that.
 */
package org.peermentor.service.messaging;
