package org.peermentor.auth.people;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The people's settings ({@code auth.users-file}, {@code auth.lockout.*}).
 *
 * @param usersFile the people, as {@code [{"username","password","displayName","roles":[…],"programs":[…]}]};
 *                  absent: nobody signs in, the issuer serves clients only
 * @param lockout when repeated failed sign-ins lock an account
 */
@ConfigurationProperties("auth")
public record PeopleSettings(Path usersFile, @DefaultValue Lockout lockout) {

    /**
     * @param maxFailures failed sign-ins in a row that lock the account
     * @param duration how long it stays locked
     */
    public record Lockout(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration duration) {

        public Lockout {
            if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(
                        "auth.lockout needs max-failures of 1 or more and a positive duration");
            }
        }
    }
}
