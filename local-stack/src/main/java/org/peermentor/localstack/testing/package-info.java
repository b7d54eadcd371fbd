/**
 * What the services' integration tests share: one real Kafka broker, MongoDB wire server and SMTP server per
 * test run, and a probe that reads a topic from its beginning as any consumer would.
 */
package org.peermentor.localstack.testing;
