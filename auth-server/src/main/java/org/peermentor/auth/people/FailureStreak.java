package org.peermentor.auth.people;

import java.time.Instant;

/**
 * One person's failed sign-ins since the last success or lock, and the end of the current lock (null: not locked):
 * the lock-out rule {@link SignInAttempts} applies.
 */
record FailureStreak(int failures, Instant lockedUntil) {

    static final FailureStreak NONE = new FailureStreak(0, null);

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    boolean lockEndedBy(Instant now) {
        return lockedUntil != null && !now.isBefore(lockedUntil);
    }

    FailureStreak failedAt(Instant now, Lockout lockout) {
        if (lockedAt(now)) {
            return this; // a try while locked neither lengthens the lock nor counts towards the next one
        }
        int failuresNow = failures + 1;
        return failuresNow >= lockout.maxFailures()
                ? new FailureStreak(0, now.plus(lockout.duration()))
                : new FailureStreak(failuresNow, null);
    }
}
