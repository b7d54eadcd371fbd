package org.peermentor.matching.pairing;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.settings.ProgramSettings;
import org.peermentor.matching.settings.SettingsStore;
import org.peermentor.matching.solver.MatchingRules;
import org.peermentor.matching.solver.MentorOption;
import org.peermentor.matching.solver.RuleContext;
import org.peermentor.matching.web.Access;
import org.peermentor.service.web.ProblemException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Every active mentor of the participant's program weighed for a pairing by hand, by the same rules and words as
 * {@link ManualPairing}: allowed ones ranked by what the pairing adds to the program's objective under its
 * weights (the participant's priority, the same with every mentor, plus the pair's quality less the mentor's added
 * load), then the {@value #FORBIDDEN_SHOWN} forbidden ones that break the fewest rules.
 */
@Service
record MentorOptions(ProfileReplica profiles, PairingStore store, SettingsStore settings, Clock clock) {
    static final int FORBIDDEN_SHOWN = 20;

    /** 404 for a participant unknown, erased or outside the caller's programs. */
    Mono<MentorOptionsView> of(String participantId) {
        return Access.visible(
                        profiles.participant(participantId)
                                .switchIfEmpty(
                                        Mono.error(() -> ProblemException.notFound("participant", participantId))),
                        ParticipantProfile::programId,
                        "participant",
                        participantId)
                .flatMap(participant -> Mono.zip(
                                profiles.mentors(participant.programId()).collectList(),
                                store.ofProgram(participant.programId(), null).collectList(),
                                settings.get(participant.programId()))
                        .map(state -> options(participant, state.getT1(), state.getT2(), state.getT3())));
    }

    private MentorOptionsView options(
            ParticipantProfile participant,
            List<MentorProfile> mentors,
            List<StoredPairing> program,
            ProgramSettings programSettings) {
        List<MentorProfile> active =
                mentors.stream().filter(MentorProfile::active).toList();
        RuleContext context = PairChecks.context(program, programSettings.minOverlapMinutes(), clock.instant());
        List<MentorOption> options = MatchingRules.options(
                PairChecks.withStanding(participant, program), active, context, programSettings.weights());
        long priority = MatchingRules.priority(participant, context.referenceTime(), programSettings.weights());
        Map<String, MentorProfile> byId =
                active.stream().collect(Collectors.toMap(MentorProfile::id, Function.identity()));
        Function<MentorOption, Integer> free = option -> Math.max(
                0,
                byId.get(option.mentorId()).capacity()
                        - context.mentorPlacesInUse().getOrDefault(option.mentorId(), 0));
        List<AllowedMentor> allowed = options.stream()
                .filter(MentorOption::allowed)
                .sorted(Comparator.comparingLong(MentorOption::quality)
                        .reversed()
                        .thenComparing(MentorOption::mentorId))
                .map(o -> new AllowedMentor(
                        o.mentorId(),
                        byId.get(o.mentorId()).firstName(),
                        free.apply(o),
                        o.explanation(),
                        priority + o.quality()))
                .toList();
        List<ForbiddenMentor> forbidden = options.stream()
                .filter(o -> !o.allowed())
                .sorted(Comparator.comparingInt((MentorOption o) -> o.breaches().size())
                        .thenComparing(MentorOption::mentorId))
                .limit(FORBIDDEN_SHOWN)
                .map(o -> new ForbiddenMentor(
                        o.mentorId(),
                        byId.get(o.mentorId()).firstName(),
                        free.apply(o),
                        o.breaches().stream()
                                .map(b -> b.rule() + ": " + b.description())
                                .toList()))
                .toList();
        return new MentorOptionsView(participant.id(), allowed, forbidden);
    }
}
