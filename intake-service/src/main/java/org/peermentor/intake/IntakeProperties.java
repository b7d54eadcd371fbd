package org.peermentor.intake;

import java.util.List;
import org.peermentor.service.outbox.RelaySettings;
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
        @DefaultValue RelaySettings relay) {
}
