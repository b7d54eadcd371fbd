package org.peermentor.console.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** How long someone has waited reads at a glance, in the unit that matters at that length. */
class WaitingTimesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private final WaitingTimes waits = new WaitingTimes(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void eachLengthOfWaitIsSaidInItsOwnUnit() {
        assertThat(waits.since(NOW.minus(Duration.ofMinutes(59)))).isEqualTo("Under an hour");
        assertThat(waits.since(NOW.minus(Duration.ofHours(1)))).isEqualTo("1 hour");
        assertThat(waits.since(NOW.minus(Duration.ofHours(23)))).isEqualTo("23 hours");
        assertThat(waits.since(NOW.minus(Duration.ofDays(1)))).isEqualTo("1 day");
        assertThat(waits.since(NOW.minus(Duration.ofDays(13)))).isEqualTo("13 days");
        assertThat(waits.since(NOW.minus(Duration.ofDays(14)))).isEqualTo("2 weeks");
        assertThat(waits.since(NOW.minus(Duration.ofDays(59)))).isEqualTo("8 weeks");
        assertThat(waits.since(NOW.minus(Duration.ofDays(95)))).isEqualTo("3 months");
    }

    @Test
    void anUnknownStartIsSaidSo() {
        assertThat(waits.since(null)).isEqualTo("Not known");
    }
}
