package org.peermentor.service.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One gauge name with a gauge per value of one tag, each registered the first time its value is counted and showing
 * the last count set, for meters counted per program or per collection by a periodic read.
 */
public final class GaugesByTag {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Function<String, AtomicLong> register;

    public GaugesByTag(MeterRegistry meters, String name, String description, String tag) {
        this.register = tagValue -> {
            AtomicLong count = new AtomicLong();
            Gauge.builder(name, count, AtomicLong::get)
                    .description(description)
                    .tag(tag, tagValue)
                    .register(meters);
            return count;
        };
    }

    /** The gauge tagged {@code tagValue} shows {@code count} from now on. */
    public void set(String tagValue, long count) {
        counts.computeIfAbsent(tagValue, register).set(count);
    }
}
