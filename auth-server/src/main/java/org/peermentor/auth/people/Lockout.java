package org.peermentor.auth.people;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When repeated failed sign-ins lock an account ({@code auth.lockout.*} of {@link PeopleSettings}).
 *
 * @param maxFailures failed sign-ins in a row that lock the account
 * @param duration how long it stays locked
 */
public record Lockout(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration duration) {

    public Lockout {
        if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("auth.lockout needs max-failures of 1 or more and a positive duration");
        }
    }
}
