package org.peermentor.matching.round;

import java.util.Map;
import org.peermentor.matching.audit.AuditAction;
import org.peermentor.matching.audit.AuditTarget;
import org.peermentor.matching.audit.ManagerActions;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.web.Access;
import org.peermentor.service.web.Paging;
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
class RoundController {

    private final RoundService rounds;
    private final PairingStore pairings;
    private final ManagerActions audit;

    RoundController(RoundService rounds, PairingStore pairings, ManagerActions audit) {
        this.rounds = rounds;
        this.pairings = pairings;
        this.audit = audit;
    }

    @PostMapping("/api/programs/{programId}/rounds")
    Mono<ResponseEntity<Map<String, Object>>> start(@PathVariable String programId,
                                                    @RequestBody(required = false) RoundRequest request) {
        return Access.program(programId, "rounds")
                .then(Mono.defer(() -> rounds.start(programId, request, false)))
                .flatMap(round -> audit.record(round.dryRun() ? AuditAction.START_DRY_RUN : AuditAction.START_ROUND,
                        AuditTarget.round(programId, round.id())).thenReturn(round))
                .map(round -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .header("Location", "/api/rounds/" + round.id())
                        .body(Map.of("id", round.id(), "status", round.status().name())));
    }

    @GetMapping("/api/rounds/{id}")
    Mono<RoundView> read(@PathVariable String id) {
        return Access.visible(rounds.find(id), MatchRound::programId, "round", id).flatMap(this::withCurrentStatuses);
    }

    @GetMapping("/api/programs/{programId}/rounds")
    Flux<RoundView> ofProgram(@PathVariable String programId, @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        return Access.program(programId, "rounds")
                .thenMany(Flux.defer(() -> rounds.ofProgram(programId, paging)))
                .concatMap(this::withCurrentStatuses);
    }

    private Mono<RoundView> withCurrentStatuses(MatchRound round) {
        return Flux.fromIterable(round.pairings())
                .concatMap(p -> p.id() == null || round.dryRun()
                        ? Mono.just(p)
                        : pairings.find(p.id())
                        .map(now -> new MatchRound.RoundPairing(p.id(), p.participantId(), p.mentorId(),
                                now.status().name(), p.explanation()))
                        .defaultIfEmpty(p))
                .collectList()
                .map(current -> RoundView.of(round, current));
    }
}
