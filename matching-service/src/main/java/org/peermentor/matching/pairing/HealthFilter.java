package org.peermentor.matching.pairing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;

/** The pairing list's {@code health} parameter read into the healths asked for. */
final class HealthFilter {

    private HealthFilter() {}

    /** {@code NEEDS_ATTENTION,QUIET}: the healths asked for, none for no filter; a 400 naming an unknown one. */
    static Set<Health> of(String health) {
        if (health == null || health.isBlank()) {
            return Set.of();
        }
        Set<Health> healths = EnumSet.noneOf(Health.class);
        for (String name : health.split(",")) {
            Health known = Arrays.stream(Health.values())
                    .filter(h -> h.name().equals(name.strip()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidRequestException(List.of(new FieldError(
                            "health", "must be a comma-separated list of " + Arrays.toString(Health.values())))));
            healths.add(known);
        }
        return healths;
    }
}
