/**
 * What the services' integration tests share: one real Kafka broker, MongoDB wire server and SMTP server per
 * test run, a probe that reads a topic from its beginning as any consumer would, one that asks a service's
 * health groups, what a consumer group has committed, and a service's OpenAPI document as anyone reads it.
 */
package org.peermentor.localstack.testing;
