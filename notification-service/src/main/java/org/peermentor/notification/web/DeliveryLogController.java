package org.peermentor.notification.web;

import org.peermentor.notification.delivery.DeliveryLog;
import org.peermentor.notification.delivery.DeliveryStatus;
import org.peermentor.service.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** {@code GET /api/notifications}: what was sent to whom, or why not. */
@RestController
class DeliveryLogController {

    private final DeliveryLog deliveries;

    DeliveryLogController(DeliveryLog deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/api/notifications")
    Flux<DeliveryView> list(@RequestParam(required = false) String pairingId,
                            @RequestParam(required = false) String recipient,
                            @RequestParam(required = false) DeliveryStatus status,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "500") int size) {
        Paging paging = Paging.of(page, size);
        return deliveries.search(blankToNull(pairingId), blankToNull(recipient), status, paging.page(), paging.size())
                .map(DeliveryView::of);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
