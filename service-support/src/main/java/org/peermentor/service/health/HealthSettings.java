package org.peermentor.service.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the readiness checks of Kafka and MongoDB ask.
 *
 * @param timeout longest wait for an answer; no answer within it is DOWN
 * @param cacheTime how long one answer is reused, so frequent probes do not each wait for the store or the broker
 */
@ConfigurationProperties("peermentor.health")
public record HealthSettings(
        @DefaultValue("2s") Duration timeout,
        @DefaultValue("1s") Duration cacheTime) {}
