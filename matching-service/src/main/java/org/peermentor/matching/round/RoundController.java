package org.peermentor.matching.round;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.peermentor.matching.audit.AuditAction;
import org.peermentor.matching.audit.AuditTarget;
import org.peermentor.matching.audit.ManagerActions;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.pairing.StoredPairing;
import org.peermentor.matching.profile.Names;
import org.peermentor.matching.profile.PersonKind;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.web.Access;
import org.peermentor.service.web.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
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
record RoundController(RoundService rounds, PairingStore pairings, ManagerActions audit, ProfileReplica profiles) {
    @PostMapping("/api/programs/{programId}/rounds")
    Mono<ResponseEntity<Map<String, Object>>> start(
            @PathVariable String programId, @RequestBody(required = false) RoundRequest request) {
        return Access.program(programId, "rounds")
                .then(Mono.defer(() -> rounds.start(programId, request, false)))
                .flatMap(round -> audit.record(
                                round.dryRun() ? AuditAction.START_DRY_RUN : AuditAction.START_ROUND,
                                AuditTarget.round(programId, round.id()))
                        .thenReturn(round))
                .map(round -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .header("Location", "/api/rounds/" + round.id())
                        .body(Map.of("id", round.id(), "status", round.status().name())));
    }

    @GetMapping("/api/rounds/{id}")
    Mono<RoundView> read(@PathVariable String id) {
        return Access.visible(rounds.find(id), MatchRound::programId, "round", id)
                .flatMap(round -> views(List.of(round)).next());
    }

    @GetMapping("/api/programs/{programId}/rounds")
    Flux<RoundView> ofProgram(
            @PathVariable String programId,
            @ParameterObject Paging paging,
            @RequestParam(defaultValue = "false") boolean summary) {
        Flux<MatchRound> found =
                Access.program(programId, "rounds").thenMany(Flux.defer(() -> rounds.ofProgram(programId, paging)));
        return summary ? found.map(RoundView::summary) : found.collectList().flatMapMany(this::views);
    }

    /**
     * The rounds as managers see them: each real pairing with its status now, everyone with their first name. One
     * query for the statuses and one per kind of person for the names, however many rounds and pairings.
     */
    private Flux<RoundView> views(List<MatchRound> page) {
        List<String> pairingIds = page.stream()
                .filter(round -> !round.dryRun())
                .flatMap(round -> round.pairings().stream())
                .map(RoundPairing::id)
                .filter(Objects::nonNull)
                .toList();
        Mono<Map<String, String>> statuses = pairings.find(pairingIds)
                .collectMap(StoredPairing::id, stored -> stored.status().name());
        Mono<Names> names = profiles.names(
                page.stream()
                        .flatMap(round -> round.shown(PersonKind.PARTICIPANT).stream())
                        .collect(Collectors.toSet()),
                page.stream()
                        .flatMap(round -> round.shown(PersonKind.MENTOR).stream())
                        .collect(Collectors.toSet()));
        return Mono.zip(statuses, names)
                .flatMapIterable(both -> page.stream()
                        .map(round -> RoundView.of(round, withStatuses(round, both.getT1()), both.getT2()))
                        .toList());
    }

    private static List<RoundPairing> withStatuses(MatchRound round, Map<String, String> statuses) {
        return round.pairings().stream()
                .map(p -> p.id() == null || round.dryRun() || !statuses.containsKey(p.id())
                        ? p
                        : new RoundPairing(
                                p.id(), p.participantId(), p.mentorId(), statuses.get(p.id()), p.explanation()))
                .toList();
    }
}
