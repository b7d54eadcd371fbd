package org.peermentor.service.security;

/**
 * One limit of {@link RateLimitSettings}: a client may spend {@code burst} requests at once and regains
 * {@code perSecond} of them each second.
 */
public record RateLimit(int burst, double perSecond) {}
