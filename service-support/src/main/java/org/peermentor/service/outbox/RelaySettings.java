package org.peermentor.service.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay publishes stored events.
 *
 * @param tick how often the relay looks for changes announced by this instance
 * @param sweepInterval how often it scans the stores for changes nobody announced (a restart, another instance)
 * @param batchSize most documents published in one pass
 * @param maxBackoff longest wait between attempts while Kafka refuses
 * @param flushTimeout how long a graceful stop may spend publishing what is still waiting
 */
public record RelaySettings(
        @DefaultValue("10ms") Duration tick,
        @DefaultValue("30s") Duration sweepInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("10s") Duration maxBackoff,
        @DefaultValue("10s") Duration flushTimeout) {}
