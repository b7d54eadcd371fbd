package org.peermentor.matching.waiting;

import java.util.List;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.round.RoundStore;
import org.peermentor.matching.web.Access;
import org.peermentor.service.web.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
record WaitingController(ProfileReplica profiles, PairingStore pairings, RoundStore rounds) {
    @GetMapping("/api/programs/{programId}/waiting")
    Mono<List<WaitingParticipant>> waiting(@PathVariable String programId, @ParameterObject Paging paging) {
        return Access.program(programId, "waiting list")
                .then(Mono.defer(() -> Mono.zip(
                        profiles.participants(programId).collectList(),
                        pairings.ofProgram(programId, null).collectList())))
                .map(all -> new WaitingReasons(WaitingList.page(all.getT1(), all.getT2(), paging)))
                .flatMap(reasons -> rounds.unmatchedNewestFirst(programId)
                        .takeWhile(reasons::wants)
                        .doOnNext(reasons::read)
                        .then(Mono.fromSupplier(reasons::page)));
    }
}
