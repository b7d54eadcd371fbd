package org.peermentor.console.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The timezone picker's choices, labelled with spaces for underscores: the zones most programs work in first, then
 * every other zone Java knows, in alphabetical order.
 */
@Component("timeZones")
public class TimeZones {

    /** Offered first in the timezone picker: the zones most programs work in. */
    private static final List<String> COMMON = List.of(
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Phoenix",
            "America/Los_Angeles",
            "America/Anchorage",
            "Pacific/Honolulu",
            "America/Toronto",
            "America/Mexico_City",
            "America/Sao_Paulo",
            "Europe/London",
            "Europe/Dublin",
            "Europe/Lisbon",
            "Europe/Madrid",
            "Europe/Paris",
            "Europe/Berlin",
            "Europe/Warsaw",
            "Europe/Kyiv",
            "Africa/Lagos",
            "Africa/Nairobi",
            "Asia/Kolkata",
            "Asia/Manila",
            "Asia/Shanghai",
            "Asia/Tokyo",
            "Australia/Sydney",
            "UTC");

    public List<Choice> common() {
        return COMMON.stream()
                .map(zone -> new Choice(zone, zone.replace('_', ' ')))
                .toList();
    }

    public List<Choice> others() {
        Set<String> common = Set.copyOf(COMMON);
        return ZoneId.getAvailableZoneIds().stream()
                .filter(zone -> !common.contains(zone))
                .sorted()
                .map(zone -> new Choice(zone, zone.replace('_', ' ')))
                .toList();
    }
}
