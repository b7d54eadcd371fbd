package org.peermentor.auth.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed sign-ins in a row, per person: the {@code maxFailures}-th locks the account for the lock-out's duration
 * (then it starts again from none); a successful sign-in clears the count. Only known people are counted, so
 * guessed usernames cannot grow this map. {@link SignInEvents} tells it how each form sign-in went.
 */
public final class SignInAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(SignInAttempts.class);

    private final People people;
    private final Lockout lockout;
    private final Clock clock;
    private final Map<String, FailureStreak> byUsername = new ConcurrentHashMap<>();

    SignInAttempts(People people, Lockout lockout, Clock clock) {
        this.people = people;
        this.lockout = lockout;
        this.clock = clock;
    }

    public Lockout lockout() {
        return lockout;
    }

    public boolean isLocked(String username) {
        FailureStreak attempts = byUsername.get(username);
        return attempts != null && attempts.lockedAt(clock.instant());
    }

    void failed(String username) {
        if (!people.knows(username)) {
            return;
        }
        Instant now = clock.instant();
        boolean lockedBefore = isLocked(username);
        FailureStreak after = byUsername.compute(
                username,
                (name, before) -> (before == null || before.lockEndedBy(now) ? FailureStreak.NONE : before)
                        .failedAt(now, lockout));
        if (!lockedBefore && after.lockedAt(now)) {
            // no username: who was locked out is personal data; the operator sees that it happens
            LOG.info(
                    "An account is locked for {} minutes after {} failed sign-ins in a row",
                    lockout.duration().toMinutes(),
                    lockout.maxFailures());
        }
    }

    void succeeded(String username) {
        byUsername.remove(username);
    }
}
