package org.peermentor.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** How long each phase of a suite took, in the order they ended, as its report prints them. */
final class Phases {

    private final Map<String, Duration> durations = new LinkedHashMap<>();
    private Instant start = Instant.now();

    /** Ends the phase that began when the last one ended (or when these phases were made), under {@code name}. */
    void end(String name) {
        Instant now = Instant.now();
        durations.put(name, Duration.between(start, now));
        start = now;
    }

    /** {@code {start=PT41.2S, registrations=PT3M2.5S}}. */
    @Override
    public String toString() {
        return durations.toString();
    }
}
