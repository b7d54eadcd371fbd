package org.peermentor.notification;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification service.
 *
 * @param matchingBaseUrl where mentors answer a request: links read {@code {base}/api/pairings/{id}/response?token=…}
 * @param sender the {@code From} of every email, e.g. {@code Peer Mentor Program <no-reply@example.org>}
 * @param messageIdDomain the right-hand side of every {@code Message-ID}, which is derived from the delivery
 * @param issueWords plain words for issue codes, on top of the built-in ones; an email never shows a code
 * @param smtp how the SMTP connection is secured
 * @param sending how pending deliveries are sent and retried
 * @param consuming how records that fail are retried and dead-lettered
 */
@ConfigurationProperties("notification")
public record NotificationProperties(
        @DefaultValue("http://localhost:8082") URI matchingBaseUrl,

        @DefaultValue("Peer Mentor Program <no-reply@peer-mentor.local>")
        String sender,

        @DefaultValue("peer-mentor.local") String messageIdDomain,
        Map<String, String> issueWords,
        @DefaultValue Smtp smtp,
        @DefaultValue Sending sending,
        @DefaultValue Consuming consuming) {

    public NotificationProperties {
        issueWords = issueWords == null ? Map.of() : Map.copyOf(issueWords);
    }

    /** @param security {@code NONE}, {@code STARTTLS} (required, never plain text) or {@code TLS} (implicit, e.g. port 465) */
    public record Smtp(@DefaultValue("NONE") SmtpSecurity security) {}

    /**
     * @param concurrency most batches handed to SMTP at once, each over its own connection on a thread of a bounded pool
     * @param tick how often deliveries due again are reserved and queued
     * @param sweepInterval how often the store is scanned for pending deliveries this instance was not told about
     *                      (after a restart, or recorded by another instance)
     * @param batchSize most deliveries one batch takes: one contact lookup, one SMTP connection; also the page of a sweep
     * @param markSentEvery emails one connection hands to SMTP before their SENT marks are stored (one write) and it
     *                      sends more: the most that a crash at the wrong moment could send twice, per connection
     * @param maxAttempts tries before a delivery is given up as FAILED: attempts at SMTP and waits for a profile alike
     * @param initialBackoff wait after the first failed try; it doubles with each further failure
     * @param maxBackoff longest wait between two tries
     * @param lease how long a delivery taken up for a try is reserved for it; an email is handed to SMTP only while at
     *              least half of it is left, so keep that half longer than the SMTP timeouts together
     */
    public record Sending(
            @DefaultValue("4") int concurrency,
            @DefaultValue("50ms") Duration tick,
            @DefaultValue("10s") Duration sweepInterval,
            @DefaultValue("100") int batchSize,
            @DefaultValue("10") int markSentEvery,
            @DefaultValue("20") int maxAttempts,
            @DefaultValue("2s") Duration initialBackoff,
            @DefaultValue("10m") Duration maxBackoff,
            @DefaultValue("2m") Duration lease) {

        public Sending {
            if (concurrency < 1 || batchSize < 1 || markSentEvery < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException(
                        "notification.sending concurrency, batch-size, mark-sent-every and max-attempts must be at least 1");
            }
        }
    }

    /**
     * @param deadLetterSuffix appended to a topic's name to name its dead-letter topic
     * @param attempts tries of a record that fails for an unexpected reason before it is dead-lettered; a record
     *                 that cannot be read is dead-lettered at once, and a store outage is waited out, never dead-lettered
     * @param backoff wait between those tries
     * @param maxOutageBackoff longest wait between tries while the store is unreachable
     */
    public record Consuming(
            @DefaultValue(".DLT") String deadLetterSuffix,
            @DefaultValue("3") int attempts,
            @DefaultValue("1s") Duration backoff,
            @DefaultValue("30s") Duration maxOutageBackoff) {}
}
