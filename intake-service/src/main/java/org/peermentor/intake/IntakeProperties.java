package org.peermentor.intake;

import java.util.List;
import org.peermentor.contracts.words.IssueWords;
import org.peermentor.service.outbox.RelaySettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the intake service.
 *
 * @param issueCodes the program's issue taxonomy; profiles may only name these codes (unset: the built-in codes,
 *     {@link IssueWords#BUILT_IN_CODES})
 * @param minimumAge youngest age, in years, a participant or mentor may be registered at
 * @param eventSource the CloudEvents {@code source} of every event this service publishes
 * @param relay how the outbox relay publishes stored changes to Kafka
 * @param imports limits of a bulk import from a CSV file
 */
@ConfigurationProperties("intake")
public record IntakeProperties(
        List<String> issueCodes,

        @DefaultValue("16") int minimumAge,
        @DefaultValue("/intake-service") String eventSource,
        @DefaultValue RelaySettings relay,
        @DefaultValue ProfileTopics topics,
        @DefaultValue Imports imports) {

    public IntakeProperties {
        issueCodes = issueCodes == null ? IssueWords.BUILT_IN_CODES : issueCodes;
    }

    /**
     * How the compacted profile topics are created when missing. {@code segmentMs} bounds how long an erased
     * person's earlier records can stay on the topic before compaction may drop them (a closed segment is needed);
     * {@code deleteRetentionMs} is how long the tombstone itself stays for consumers that were away.
     */
    public record ProfileTopics(
            @DefaultValue("true") boolean create,
            @DefaultValue("3600000") long segmentMs,
            @DefaultValue("604800000") long deleteRetentionMs) {}

    /**
     * Bulk imports: a file larger than {@code maxSize} is refused (413); rows are stored {@code batchSize} at a
     * time, each batch in a few writes, and no row may be longer than {@code maxRowSize}.
     */
    public record Imports(
            @DefaultValue("20MB") DataSize maxSize,
            @DefaultValue("500") int batchSize,
            @DefaultValue("64KB") DataSize maxRowSize) {}
}
