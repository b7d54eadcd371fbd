/**
 * Reading records off Kafka, and what happens to those that fail: a record that cannot be read goes to its
 * topic's dead-letter topic at once, a store outage is waited out, anything else is retried a few times first.
 */
package org.peermentor.notification.messaging;
