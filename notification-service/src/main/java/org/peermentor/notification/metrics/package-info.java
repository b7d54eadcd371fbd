/**
 * The domain's own meters, served in Prometheus format at {@code /actuator/prometheus} with the prefix
 * {@code peermentor_}: emails by type and outcome. They name event types and outcomes only, never a person or an
 * address. Dead letters are counted where they are made ({@code messaging.DeadLetters}, by service-support's
 * {@code ListenerErrors}, as {@code peermentor_dead_letters_total}); consumer lag comes from the Kafka clients' own
 * meters ({@code kafka_consumer_fetch_manager_records_lag_max}).
 */
package org.peermentor.notification.metrics;
