/**
 * The domain's own meters, served in Prometheus format at {@code /actuator/prometheus} with the prefix
 * {@code peermentor_}: how long rounds take and how they end, and the decisions program managers make. The classes
 * here know only program ids, outcomes and durations, never a person, so any package may count through them and none
 * of them reaches back into a feature; the waiting list's own gauges are read from the stores by
 * {@code waiting.WaitingMeters}.
 */
package org.peermentor.matching.metrics;
