package org.peermentor.notification.web;

import org.peermentor.notification.delivery.DeliveryLog;
import org.peermentor.notification.delivery.DeliveryStatus;
import org.peermentor.service.security.Caller;
import org.peermentor.service.web.Paging;
import org.peermentor.service.web.ProblemException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/notifications}: what was sent to whom, or why not. A manager limited to some programs sees only
 * their deliveries; a pairing of another program answers 404, as a record outside the caller's programs does. So
 * does a pairing the log holds nothing of: this service cannot tell whose it is, and answering it differently from
 * another program's would tell a limited manager which pairing ids exist elsewhere.
 */
@RestController
record DeliveryLogController(DeliveryLog deliveries) {
    @GetMapping("/api/notifications")
    Flux<DeliveryView> list(
            @RequestParam(required = false) String pairingId,
            @RequestParam(required = false) String recipient,
            @RequestParam(required = false) DeliveryStatus status,
            @ParameterObject Paging paging) {
        String pairing = blankToNull(pairingId);
        return Caller.current()
                .flatMapMany(caller -> pairingVisible(caller, pairing)
                        .thenMany(deliveries.search(
                                caller.programFilter(),
                                pairing,
                                blankToNull(recipient),
                                status,
                                paging.page(),
                                paging.size())))
                .map(DeliveryView::of);
    }

    /**
     * For a manager limited to some programs, fails with 404 unless the log holds deliveries of the pairing in one
     * of their programs: another program's pairing and an unknown one are answered alike.
     */
    private Mono<Void> pairingVisible(Caller caller, String pairingId) {
        if (pairingId == null || caller.allPrograms()) {
            return Mono.empty();
        }
        return deliveries
                .search(null, pairingId, null, null, 0, 1)
                .next()
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("pairing", pairingId)))
                .flatMap(delivery -> caller.visible(delivery, delivery.programId(), "pairing", pairingId))
                .then();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
