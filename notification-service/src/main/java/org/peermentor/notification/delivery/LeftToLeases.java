package org.peermentor.notification.delivery;

import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import reactor.core.publisher.Mono;

/**
 * What a try does when it breaks off without knowing which of its deliveries went out: it logs the failure by its
 * class (never its message, which may name an address) and hands none of them on, so only their leases free them and
 * none is sent again before its lease ends.
 */
final class LeftToLeases {

    private LeftToLeases() {}

    /** An error handler that logs {@code message} with the count of deliveries and the failure's class. */
    static <T> Function<Throwable, Mono<List<T>>> logging(Logger log, String message, int count) {
        return failure -> {
            log.error(message, count, failure.getClass().getName());
            return Mono.just(List.of());
        };
    }
}
