package org.peermentor.console.programs;

import java.util.List;
import org.peermentor.console.pairings.Notice;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code POST /programs/{programId}/proposals/approve}: the proposals ticked on the dashboard, approved together. */
@Controller
record ProposalsController(BulkApproval bulk) {
    @PostMapping("/programs/{programId}/proposals/approve")
    Mono<String> approveSelected(@PathVariable String programId, ServerWebExchange exchange) {
        String back = "redirect:/programs/" + programId;
        return exchange.getFormData().flatMap(form -> {
            List<String> ids = form.getOrDefault("pairingId", List.of()).stream()
                    .filter(id -> !id.isBlank())
                    .toList();
            if (ids.isEmpty()) {
                return Notice.refused("Nothing approved: no proposal was selected.", List.of())
                        .keepFor(exchange)
                        .thenReturn(back);
            }
            return bulk.approve(programId, ids)
                    .map(ApprovalTally::notice)
                    .flatMap(notice -> notice.keepFor(exchange))
                    .thenReturn(back);
        });
    }
}
