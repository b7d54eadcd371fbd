package org.peermentor.console.pairings;

import java.util.function.Function;
import org.peermentor.console.services.Pairing;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;

/**
 * The service takes a decision without a reason; the console asks for one, so whoever reads the pairing later
 * knows why it was rejected or ended.
 */
final class ReasonRequired {

    private ReasonRequired() {}

    /** The decision with the form's reason, stripped; without one, {@link Missing} naming what needed it. */
    static Mono<Pairing> before(
            MultiValueMap<String, String> form, String doing, Function<String, Mono<Pairing>> decision) {
        String reason = form.getFirst("reason");
        return reason == null || reason.isBlank() ? Mono.error(new Missing(doing)) : decision.apply(reason.strip());
    }

    /** No reason given: nothing is sent to the service. */
    static final class Missing extends RuntimeException {
        Missing(String doing) {
            super(doing, null, false, false);
        }
    }
}
