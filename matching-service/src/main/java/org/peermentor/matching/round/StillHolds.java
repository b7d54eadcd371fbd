package org.peermentor.matching.round;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.pairing.PairChecks;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.pairing.StoredPairing;
import org.peermentor.matching.profile.PersonKind;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.settings.SettingsStore;
import org.peermentor.matching.solver.RuleBreach;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Whether a round's new pairing may still be made when the round applies it. The round planned from a snapshot;
 * meanwhile a manager may have approved or rejected one of the participant's proposals, paired someone by hand with
 * the mentor, or the mentor's capacity may have changed. The pair is checked again, rule by rule, against the
 * pairings and profiles stored now, so a decision made meanwhile stands and no mentor goes over capacity; and read
 * again once written ({@link #overtaken}), for a pairing by hand stored between the check and the write.
 */
@Component
record StillHolds(PairingStore pairings, ProfileReplica profiles, SettingsStore settings, Clock clock) {
    /** Empty when the proposal may be made; otherwise what changed, in words. */
    Mono<List<String>> whatChanged(Pairing proposal) {
        String participantId = proposal.participantId();
        return Mono.zip(
                        profiles.participant(participantId),
                        profiles.mentor(proposal.mentorId()),
                        both(proposal),
                        settings.get(proposal.programId()))
                .map(now -> {
                    List<String> changed = new ArrayList<>();
                    if (now.getT3().stream()
                            .anyMatch(p -> p.pairing().participantId().equals(participantId)
                                    && p.status() == PairingStatus.PROPOSED)) {
                        changed.add("The participant has another proposal");
                    }
                    PairChecks.breaches(
                                    now.getT1(),
                                    now.getT2(),
                                    now.getT3(),
                                    now.getT4().minOverlapMinutes(),
                                    clock.instant())
                            .stream()
                            .map(RuleBreach::description)
                            .forEach(changed::add);
                    return List.copyOf(changed);
                })
                .defaultIfEmpty(List.of("The participant or the mentor left the program"));
    }

    /**
     * After the write: what makes the new proposal one too many — its mentor holding more than their capacity, or its
     * participant holding another open pairing. Empty when it stands.
     */
    Mono<List<String>> overtaken(Pairing made) {
        return Mono.zip(profiles.mentor(made.mentorId()), both(made))
                .map(now -> {
                    List<String> overtaken = new ArrayList<>();
                    long held = now.getT2().stream()
                            .filter(p -> p.pairing().mentorId().equals(made.mentorId())
                                    && p.status().holdsCapacity())
                            .count();
                    if (held > now.getT1().capacity()) {
                        overtaken.add("The mentor's last place was taken meanwhile");
                    }
                    if (now.getT2().stream()
                            .anyMatch(p -> p.pairing().participantId().equals(made.participantId())
                                    && !p.id().equals(made.id())
                                    && p.status().holdsCapacity())) {
                        overtaken.add("The participant was paired meanwhile");
                    }
                    return List.copyOf(overtaken);
                })
                .defaultIfEmpty(List.of());
    }

    /** Every stored pairing of the proposal's participant and of its mentor, each once. */
    private Mono<List<StoredPairing>> both(Pairing proposal) {
        return Flux.concat(
                        pairings.ofParticipant(proposal.participantId()),
                        pairings.ofPerson(PersonKind.MENTOR, proposal.mentorId()))
                .collectMap(StoredPairing::id, pairing -> pairing, LinkedHashMap::new)
                .map(byId -> List.copyOf(byId.values()));
    }

    /** Why a participant the round would have paired waits instead, for the round's unmatched list. */
    static String reason(List<String> changed) {
        return "Not proposed: while this round was planning, the program changed (" + String.join("; ", changed)
                + "); waits for the next round";
    }
}
