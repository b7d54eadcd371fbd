package org.peermentor.matching.report;

import java.time.Clock;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.web.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Supply and demand per issue and per language, so a program knows which mentors to recruit. */
@RestController
record ReportController(ProfileReplica profiles, PairingStore pairings, Clock clock) {
    @GetMapping("/api/programs/{programId}/report")
    Mono<SupplyReport> report(@PathVariable String programId) {
        return Access.program(programId, "report")
                .then(Mono.zip(
                        profiles.participants(programId).collectList(),
                        profiles.mentors(programId).collectList(),
                        pairings.ofProgram(programId, null).collectList()))
                .map(all -> Supply.of(programId, all.getT1(), all.getT2(), all.getT3(), clock.instant()));
    }
}
