package org.peermentor.matching.followup;

import java.time.Instant;
import reactor.core.publisher.Mono;

/** One kind of follow-up the loop runs on every sweep: does whatever is due at {@code now}, then completes. */
public interface FollowUpStep {

    Mono<Void> sweep(Instant now);
}
