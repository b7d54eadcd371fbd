package org.peermentor.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The buckets' memory is bounded without handing anyone a fresh limit: a flood of distinct addresses (anyone can
 * send one, no token needed) neither resets a client's limit nor one address's that is in use.
 */
class RateLimitsTest {

    private static final int MAX = 100;
    /** One request, then one a day: a bucket that is spent stays spent for the whole test. */
    private static final RateLimit ONE = new RateLimit(1, 1.0 / 86_400);

    private final RateLimits limits = new RateLimits(new RateLimitSettings(true, Map.of(), false), null, null, MAX);

    @Test
    void aFloodOfAddressesDoesNotResetAClientsLimit() {
        assertThat(limits.bucket("writes|client:desk", false, ONE).take()).isZero();
        assertThat(limits.bucket("writes|client:desk", false, ONE).take()).isPositive();

        for (int address = 0; address < 3 * MAX; address++) {
            limits.bucket("mentor-responses|address:10.0.0." + address, true, ONE)
                    .take(); // each one spent
        }

        assertThat(limits.bucket("writes|client:desk", false, ONE).take())
                .as("still past its limit")
                .isPositive();
    }

    @Test
    void idleBucketsGoFirstSoASpentOneIsKept() {
        assertThat(limits.bucket("mentor-responses|address:10.0.0.1", true, ONE).take())
                .isZero();

        for (int address = 0; address < 3 * MAX; address++) {
            limits.bucket("mentor-responses|address:10.1.0." + address, true, ONE); // never used: full
        }

        assertThat(limits.bucket("mentor-responses|address:10.0.0.1", true, ONE).take())
                .as("the spent bucket survived the clean-up")
                .isPositive();
    }
}
