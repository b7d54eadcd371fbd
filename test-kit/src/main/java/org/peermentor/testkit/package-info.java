/**
 * What the services' integration tests share: one real Kafka broker, MongoDB wire server and SMTP server per
 * test run, a probe that reads a topic from its beginning as any consumer would, one that asks a service's
 * health groups, what a consumer group has committed, a service's OpenAPI document as anyone reads it, test
 * tokens from a test issuer, a service's Prometheus metrics read series by series, the readiness contract every
 * service's readiness test extends, a base for a test that stops and starts a broker and a store of its own, a writer that puts records on a topic as the services' producers do, and a
 * crash host that runs one server alone in a JVM so a test can kill it with {@code kill -9}; and the package rules
 * every service's architecture test extends; and the launcher options of a whole-system test. Test code only: modules use it at test scope (the benchmarks, a tool,
 * at compile scope).
 */
package org.peermentor.testkit;
