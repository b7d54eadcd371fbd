package org.peermentor.matching.engagement;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.web.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A program's engagement report, for the managers of that program. */
@RestController
record EngagementController(ProfileReplica profiles, PairingStore pairings, Clock clock) {
    @GetMapping("/api/programs/{programId}/engagement")
    Mono<EngagementReport> engagement(@PathVariable String programId) {
        Mono<Set<String>> emailed = profiles.participants(programId)
                .filter(p -> p.consent() != null && p.consent().contactByEmail())
                .map(p -> p.id())
                .collect(Collectors.toSet());
        return Access.program(programId, "engagement report")
                .then(Mono.zip(pairings.ofProgram(programId, null).collectList(), emailed))
                .map(both -> Engagement.of(programId, both.getT1(), both.getT2(), clock.instant()));
    }
}
