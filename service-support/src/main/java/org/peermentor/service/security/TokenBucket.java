package org.peermentor.service.security;

/** A token bucket; {@link #take()} answers 0 when a request may pass, else the seconds until one may. */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long refilledAt = System.nanoTime();

    TokenBucket(RateLimit limit) {
        this.capacity = Math.max(1, limit.burst());
        this.perNano = Math.max(limit.perSecond(), 1e-9) / 1e9;
        this.tokens = capacity;
    }

    synchronized boolean isFull() {
        refill();
        return tokens >= capacity;
    }

    synchronized long take() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
    }

    private void refill() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
    }
}
