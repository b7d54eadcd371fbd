package org.peermentor.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.peermentor.matching.solver.Fixtures.daysAgo;
import static org.peermentor.matching.solver.Fixtures.mentor;
import static org.peermentor.matching.solver.Fixtures.participant;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.Urgency;

class MatchingSolverTest {

    @Test
    void everyoneIsMatchedWhenThereIsRoom() {
        MatchingResult result = Fixtures.solve(Fixtures.problem(
                List.of(
                        participant("a").build(),
                        participant("b").build(),
                        participant("c").build()),
                List.of(
                        mentor("m1").capacity(2).build(),
                        mentor("m2").capacity(1).build())));

        assertThat(result.matchedCount()).isEqualTo(3).isEqualTo(result.maximumMatchable());
        assertThat(result.unmatched()).isEmpty();
        assertThat(result.score()).startsWith("0hard/0medium/");
    }

    @Test
    void aHighUrgencyParticipantTakesTheLastPlace() {
        MatchingResult result = solveForOnePlace(
                participant("waited-long").registeredAt(daysAgo(200)).build(),
                participant("urgent")
                        .urgency(Urgency.HIGH)
                        .registeredAt(daysAgo(1))
                        .build());

        assertThat(result.pairings()).extracting(ProposedPairing::participantId).containsExactly("urgent");
    }

    @Test
    void amongEqualUrgencyTheLongestWaitingTakesTheLastPlace() {
        MatchingResult result = solveForOnePlace(
                participant("recent").registeredAt(daysAgo(3)).build(),
                participant("waited-long").registeredAt(daysAgo(40)).build());

        assertThat(result.pairings()).extracting(ProposedPairing::participantId).containsExactly("waited-long");
    }

    /** The builders' participant p and mentor m, who fit, under the program's weights. */
    private static MatchingResult solveOnePairWeighing(Map<String, Integer> weights) {
        return Fixtures.solve(Fixtures.problem(
                List.of(participant("p").build()), List.of(mentor("m").build()), List.of(), Set.of(), weights));
    }

    /** These participants and one mentor with one place. */
    private static MatchingResult solveForOnePlace(ParticipantProfile... participants) {
        return Fixtures.solve(Fixtures.problem(
                List.of(participants), List.of(mentor("m").capacity(1).build())));
    }

    @Test
    void theMaximumIsFoundWhereAFirstChoiceWouldBlockIt() {
        // "both" goes first (urgent) and could take m-en; only moving it to m-es lets "english-only" in
        MatchingResult result = Fixtures.solve(Fixtures.problem(
                List.of(
                        participant("both")
                                .languages(List.of("en", "es"))
                                .urgency(Urgency.HIGH)
                                .build(),
                        participant("english-only").languages(List.of("en")).build()),
                List.of(
                        mentor("m-en").languages(List.of("en")).capacity(1).build(),
                        mentor("m-es").languages(List.of("es")).capacity(1).build())));

        assertThat(result.matchedCount()).isEqualTo(2);
        assertThat(result.pairings())
                .extracting(ProposedPairing::participantId, ProposedPairing::mentorId)
                .containsExactlyInAnyOrder(tuple("both", "m-es"), tuple("english-only", "m-en"));
    }

    @Test
    void qualityChoosesTheMentorAmongEqualPriority() {
        MatchingResult result = Fixtures.solve(Fixtures.problem(
                List.of(participant("p").issues(List.of("ANXIETY", "GRIEF")).build()),
                List.of(
                        mentor("knows-anxiety").capacity(1).build(),
                        mentor("knows-anxiety-and-grief")
                                .livedExperience(List.of("ANXIETY"))
                                .trainedFor(List.of("GRIEF"))
                                .capacity(1)
                                .build())));

        assertThat(result.pairings()).extracting(ProposedPairing::mentorId).containsExactly("knows-anxiety-and-grief");
    }

    @Test
    void fixedPairingsKeepTheirPlaces() {
        MatchingResult result = Fixtures.solve(Fixtures.problem(
                List.of(participant("a").build(), participant("b").build()),
                List.of(mentor("m").capacity(2).build()),
                List.of(new FixedPairing("already-paired", "m")),
                Set.of(),
                Map.of()));

        assertThat(result.matchedCount()).isEqualTo(1);
        assertThat(result.unmatched()).hasSize(1);
    }

    @Test
    void aParticipantHeldByAFixedPairingIsNotPlacedAgain() {
        MatchingResult result = Fixtures.solve(Fixtures.problem(
                List.of(participant("a").build()),
                List.of(mentor("m").capacity(2).build()),
                List.of(new FixedPairing("a", "m")),
                Set.of(),
                Map.of()));

        assertThat(result.pairings()).isEmpty();
        assertThat(result.unmatched()).isEmpty();
    }

    @Test
    void aRefusedPairIsNeverProposedAgain() {
        MatchingResult result = Fixtures.solve(Fixtures.problem(
                List.of(participant("p").build()),
                List.of(
                        mentor("refused").capacity(1).build(),
                        mentor("other").capacity(1).birthYear(1950).build()),
                List.of(),
                Set.of(new PairKey("p", "refused")),
                Map.of()));

        assertThat(result.pairings()).extracting(ProposedPairing::mentorId).containsExactly("other");
    }

    @Test
    void aWeightOfZeroSwitchesItsTermOff() {
        MatchingResult result =
                solveOnePairWeighing(Map.of(WeightTerm.SAME_REGION.key(), 0, WeightTerm.AGE_CLOSENESS.key(), 0));

        assertThat(result.pairings().get(0).explanation())
                .noneMatch(line -> line.startsWith("Same region"))
                .noneMatch(line -> line.startsWith("Ages"));
    }

    @Test
    void unknownOrNegativeWeightsAreRefused() {
        assertThat(MatchingWeights.TERMS)
                .containsExactly(
                        "urgency",
                        "waitingTime",
                        "sharedIssues",
                        "ageCloseness",
                        "overlap",
                        "sameRegion",
                        "mentorLoadBalance");
        assertThat(MatchingWeights.problems(Map.of("charisma", 3))).hasSize(1);
        assertThatThrownBy(() -> Fixtures.problem(List.of(), List.of(), List.of(), Set.of(), Map.of("charisma", 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("charisma");
        assertThatThrownBy(() -> Fixtures.problem(
                        List.of(), List.of(), List.of(), Set.of(), Map.of(WeightTerm.OVERLAP.key(), -1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");
    }

    @Test
    void theMatchedCountIsTheMaximumHoweverShortTheSearch() {
        MatchingProblem problem = Cohorts.cohort(13, 300, 100);

        MatchingResult result = new MatchingSolver().solve(problem, Duration.ofMillis(1), Duration.ofMillis(1));

        assertThat(result.maximumMatchable()).isPositive();
        assertThat(result.matchedCount()).isEqualTo(result.maximumMatchable());
    }

    @Test
    void aRoundIsTheExactSeedAloneSoItNeverWaitsForAnImprovementThatCannotCome() {
        SolverConfig config =
                MatchingSolver.config(Duration.ofSeconds(30), Duration.ZERO, MatchingWeights.DEFAULTS, Map.of());

        assertThat(config.getPhaseConfigList()).singleElement().isInstanceOf(CustomPhaseConfig.class);
        assertThat(config.getTerminationConfig().getUnimprovedSpentLimit()).isNull();
    }

    @Test
    void aLocalSearchFollowsTheSeedOnlyWhenAskedFor() {
        SolverConfig config = MatchingSolver.config(
                Duration.ofSeconds(30), Duration.ofSeconds(1), MatchingWeights.DEFAULTS, Map.of());

        assertThat(config.getPhaseConfigList())
                .hasSize(2)
                .last()
                .isInstanceOf(LocalSearchPhaseConfig.class)
                .satisfies(phase -> assertThat(phase.getTerminationConfig().getUnimprovedSpentLimit())
                        .isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void anEmptyRoundProposesNothing() {
        MatchingResult result =
                Fixtures.solve(Fixtures.problem(List.of(), List.of(mentor("m").build())));

        assertThat(result.matchedCount()).isZero();
        assertThat(result.maximumMatchable()).isZero();
        assertThat(result.score()).isEqualTo("0hard/0medium/0soft");
    }

    @Test
    void eachTermsTotalIsWhatItAddedToTheScore() {
        // 10 days waited, 5 years apart, 2 hours a week, same region, one shared secondary issue, a first place held
        MatchingResult result = Fixtures.solve(Fixtures.problem(
                List.of(participant("p")
                        .urgency(Urgency.HIGH)
                        .issues(List.of("ANXIETY", "GRIEF"))
                        .build()),
                List.of(mentor("m").livedExperience(List.of("ANXIETY", "GRIEF")).build())));

        assertThat(result.termTotals())
                .containsExactly(
                        Map.entry("urgency", 1_000_000L),
                        Map.entry("waitingTime", 10 * 1_000L),
                        Map.entry("sharedIssues", 20L),
                        Map.entry("ageCloseness", 25 * 2L),
                        Map.entry("overlap", 8 * 2L),
                        Map.entry("sameRegion", 30L),
                        Map.entry("mentorLoadBalance", -10L));
        long soft =
                result.termTotals().values().stream().mapToLong(Long::longValue).sum();
        assertThat(result.score()).isEqualTo("0hard/0medium/" + soft + "soft");
    }

    @Test
    void aTermSwitchedOffAddsNothing() {
        MatchingResult result = solveOnePairWeighing(Map.of("sameRegion", 0, "overlap", 0));

        assertThat(result.termTotals())
                .containsEntry("sameRegion", 0L)
                .containsEntry("overlap", 0L)
                .containsEntry("ageCloseness", 50L)
                .hasSize(MatchingWeights.TERMS.size());
    }
}
