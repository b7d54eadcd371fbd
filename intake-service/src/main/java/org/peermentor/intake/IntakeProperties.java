package org.peermentor.intake;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the intake service.
 *
 * @param issueCodes the program's issue taxonomy; profiles may only name these codes
 * @param minimumAge youngest age, in years, a participant or mentor may be registered at
 * @param eventSource the CloudEvents {@code source} of every event this service publishes
 * @param relay how the outbox relay publishes stored changes to Kafka
 */
@ConfigurationProperties("intake")
public record IntakeProperties(
        @DefaultValue({"ALCOHOL_USE", "OPIOID_USE", "STIMULANT_USE", "GAMBLING", "DEPRESSION", "ANXIETY", "BIPOLAR",
                "PTSD", "EATING_DISORDER", "GRIEF", "CHRONIC_ILLNESS", "CAREGIVING"}) List<String> issueCodes,
        @DefaultValue("16") int minimumAge,
        @DefaultValue("/intake-service") String eventSource,
        @DefaultValue Relay relay) {

    /**
     * @param tick how often the relay looks for changes announced by this instance
     * @param sweepInterval how often it scans the stores for changes nobody announced (a restart, another instance)
     * @param batchSize most profiles published in one pass
     * @param maxBackoff longest wait between attempts while Kafka refuses
     */
    public record Relay(
            @DefaultValue("10ms") Duration tick,
            @DefaultValue("30s") Duration sweepInterval,
            @DefaultValue("500") int batchSize,
            @DefaultValue("10s") Duration maxBackoff) {
    }
}
