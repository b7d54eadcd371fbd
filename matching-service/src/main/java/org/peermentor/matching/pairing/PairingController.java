package org.peermentor.matching.pairing;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.audit.AuditAction;
import org.peermentor.matching.audit.AuditTarget;
import org.peermentor.matching.audit.ManagerActions;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.web.Access;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;
import org.peermentor.service.web.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
record PairingController(
        PairingService pairings,
        PairingStore store,
        ManualPairing manual,
        ManagerActions audit,
        ProfileReplica profiles,
        MentorOptions options) {
    record Decision(String reason) {}

    record Ending(String reason, Boolean rematch) {}

    record HandPairing(
            @NotBlank String participantId, @NotBlank String mentorId) {}

    @GetMapping("/api/pairings")
    Flux<PairingView> list(
            @RequestParam(required = false) String programId,
            @RequestParam(required = false) PairingStatus status,
            @RequestParam(required = false) String health,
            @ParameterObject Paging paging) {
        Set<Health> healths = HealthFilter.of(health);
        return Access.listing(programId, "pairings")
                .flatMapMany(programs -> healths.isEmpty()
                        ? store.ofPrograms(programs.ids(), status, paging)
                        // only an accepted pairing has a health
                        : status == null || status == PairingStatus.ACCEPTED
                                ? store.ofPrograms(programs.ids(), healths, paging)
                                : Flux.<StoredPairing>empty())
                .collectList()
                .flatMapMany(found -> profiles.names(
                                found.stream()
                                        .map(p -> p.pairing().participantId())
                                        .toList(),
                                found.stream().map(p -> p.pairing().mentorId()).toList())
                        .flatMapIterable(
                                names -> found.stream().map(p -> p.view(names)).toList()));
    }

    @GetMapping("/api/pairings/{id}")
    Mono<PairingView> read(@PathVariable String id) {
        return visible(id).flatMap(this::view);
    }

    @GetMapping("/api/participants/{id}/mentor-options")
    Mono<MentorOptionsView> mentorOptions(@PathVariable String id) {
        return options.of(id);
    }

    @PostMapping("/api/pairings")
    Mono<ResponseEntity<PairingView>> pairByHand(@RequestBody HandPairing request) {
        return Mono.defer(() -> {
                    if (request.participantId() == null || request.mentorId() == null) {
                        throw new InvalidRequestException(List.of(new FieldError(
                                request.participantId() == null ? "participantId" : "mentorId", "is required")));
                    }
                    return manual.pair(request.participantId(), request.mentorId());
                })
                .flatMap(created -> audited(AuditAction.PAIR_BY_HAND, created))
                .flatMap(created -> view(created)
                        .map(view -> ResponseEntity.created(URI.create("/api/pairings/" + created.id()))
                                .body(view)));
    }

    @PostMapping("/api/pairings/{id}/approve")
    Mono<PairingView> approve(@PathVariable String id) {
        return moved(id, AuditAction.APPROVE, () -> pairings.approve(id));
    }

    /** A fresh link for the mentor of an approved pairing, who gets a new request email; the old link stops working. */
    @PostMapping("/api/pairings/{id}/resend-link")
    Mono<PairingView> resendLink(@PathVariable String id) {
        return moved(id, AuditAction.RESEND_LINK, () -> pairings.resendLink(id));
    }

    @PostMapping("/api/pairings/{id}/reject")
    Mono<PairingView> reject(@PathVariable String id, @RequestBody(required = false) Decision decision) {
        return moved(
                id, AuditAction.REJECT, () -> pairings.reject(id, reason(decision == null ? null : decision.reason())));
    }

    @PostMapping("/api/pairings/{id}/end")
    Mono<PairingView> end(@PathVariable String id, @RequestBody(required = false) Ending ending) {
        boolean rematch = ending != null && Boolean.TRUE.equals(ending.rematch());
        return moved(
                id, AuditAction.END, () -> pairings.end(id, reason(ending == null ? null : ending.reason()), rematch));
    }

    /**
     * A move of a pairing the caller may see ({@code move} runs only then), put in the audit, answered with the
     * pairing as managers see it.
     */
    private Mono<PairingView> moved(String id, AuditAction action, Supplier<Mono<StoredPairing>> move) {
        return visible(id)
                .flatMap(visible -> move.get())
                .flatMap(stored -> audited(action, stored))
                .flatMap(this::view);
    }

    /** The pairing as managers see it, with both first names. */
    private Mono<PairingView> view(StoredPairing stored) {
        return profiles.names(
                        List.of(stored.pairing().participantId()),
                        List.of(stored.pairing().mentorId()))
                .map(stored::view);
    }

    /** The pairing, once the action on it is in the audit (without the reason given, which may name someone). */
    private Mono<StoredPairing> audited(AuditAction action, StoredPairing pairing) {
        return audit.record(action, AuditTarget.pairing(pairing.pairing().programId(), pairing.id()))
                .thenReturn(pairing);
    }

    private Mono<StoredPairing> visible(String id) {
        return Access.visible(store.get(id), p -> p.pairing().programId(), "pairing", id);
    }

    private static String reason(String reason) {
        if (reason != null && reason.length() > 1000) {
            throw new InvalidRequestException(List.of(new FieldError("reason", "must be at most 1000 characters")));
        }
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
