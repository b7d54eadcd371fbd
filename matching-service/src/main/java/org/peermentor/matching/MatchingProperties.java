package org.peermentor.matching;

import java.time.Duration;
import org.peermentor.service.outbox.RelaySettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the matching service.
 *
 * @param eventSource the CloudEvents {@code source} of the pairing events
 * @param relay how the outbox relay publishes pairing events
 * @param rounds how rounds are solved
 * @param responseLinkTtl how long a mentor's accept/decline link stays valid after approval (14 days); the expiry
 *                        is inside the signed token, so nobody can stretch it
 * @param linkTokenKey base64 key (at least 32 bytes) that signs mentor links; when empty one is generated and kept
 *                     in MongoDB
 * @param followUp how approved requests are followed up (reminders, expired links)
 */
@ConfigurationProperties("matching")
public record MatchingProperties(
        @DefaultValue("/matching-service") String eventSource,
        @DefaultValue RelaySettings relay,
        @DefaultValue Rounds rounds,
        @DefaultValue("14d") Duration responseLinkTtl,
        @DefaultValue("") String linkTokenKey,
        @DefaultValue FollowUp followUp) {

    public MatchingProperties {
        if (responseLinkTtl.isNegative() || responseLinkTtl.isZero()) {
            throw new IllegalArgumentException("matching.response-link-ttl must be positive, not " + responseLinkTtl);
        }
    }

    /** The settings as text, with the link key hidden: the services that hold these settings print them too. */
    @Override
    public String toString() {
        return "MatchingProperties[eventSource=" + eventSource + ", relay=" + relay + ", rounds=" + rounds
                + ", responseLinkTtl=" + responseLinkTtl + ", linkTokenKey="
                + (linkTokenKey.isBlank() ? "(generated)" : "(set, hidden)") + ", followUp=" + followUp + "]";
    }

    /**
     * @param sweepEvery how often the stored pairings are looked over for a mentor to remind or a link expired; the
     *                   due times are stored, so a longer wait delays a reminder but never loses it
     */
    public record FollowUp(@DefaultValue("10s") Duration sweepEvery) {

        public FollowUp {
            if (sweepEvery.isNegative() || sweepEvery.isZero()) {
                throw new IllegalArgumentException(
                        "matching.follow-up.sweep-every must be positive, not " + sweepEvery);
            }
        }
    }

    /**
     * @param timeLimit a round's time limit when the request names none
     * @param maxTimeLimit the longest time limit a request may ask for
     * @param unimprovedLimit a local search after the round's exact seed, stopping when no better solution appears for
     *                        this long; 0 (the default): none, as the seed is already the optimum of every term today
     * @param solverThreads rounds solved at once (each on its own thread, never on a listener or event loop)
     * @param defaultSettleTime wait after the last arrival or freed place before an automatic round
     * @param lease how long a round stays its instance's without a renewal (renewed every third of it while it runs):
     *              a round whose instance stopped or hangs longer is failed, and its program's round started again,
     *              by another instance
     * @param timerSweepEvery how often to look for stored settle timers that ran out with no instance to start
     *                        their round (one stopped, or restarted)
     */
    public record Rounds(
            @DefaultValue("30s") Duration timeLimit,
            @DefaultValue("300s") Duration maxTimeLimit,
            @DefaultValue("0s") Duration unimprovedLimit,
            @DefaultValue("1") int solverThreads,
            @DefaultValue("30s") Duration defaultSettleTime,
            @DefaultValue("30s") Duration lease,
            @DefaultValue("5s") Duration timerSweepEvery) {}
}
