package org.peermentor.console.programs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** How long someone has waited, in the words a manager reads at a glance: "under an hour", "5 hours", "3 weeks". */
@Component("waits")
public class WaitingTimes {

    private final Clock clock;

    WaitingTimes() {
        this(Clock.systemUTC());
    }

    WaitingTimes(Clock clock) {
        this.clock = clock;
    }

    public String since(Instant start) {
        if (start == null) {
            return "Not known";
        }
        Duration waited = Duration.between(start, clock.instant());
        long hours = waited.toHours();
        long days = waited.toDays();
        if (hours < 1) {
            return "Under an hour";
        }
        if (hours < 24) {
            return count(hours, "hour");
        }
        if (days < 14) {
            return count(days, "day");
        }
        if (days < 60) {
            return count(days / 7, "week");
        }
        return count(days / 30, "month");
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
