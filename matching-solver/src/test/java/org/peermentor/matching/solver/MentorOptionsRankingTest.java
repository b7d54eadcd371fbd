package org.peermentor.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermentor.contracts.ParticipantProfile;

/**
 * The mentors a manager may pair one participant with by hand, ranked by what the pairing would add to the program's
 * objective (its quality terms less the mentor's added load; the participant's priority is the same with every
 * mentor), exactly as the independent reference ({@link RulesWrittenAgain}) ranks them: the same allowed mentors,
 * each worth the same, in the same order; and the participant's priority, which the service adds to show what the
 * pairing adds to the whole objective, is the reference's.
 */
class MentorOptionsRankingTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    @ParameterizedTest(name = "cohort {0}")
    @MethodSource("seeds")
    void allowedMentorsAreRankedAsTheReferenceRanksThem(long seed) {
        MatchingProblem problem = Cohorts.cohort(seed, 60, 40);
        RulesWrittenAgain reference = RulesWrittenAgain.of(problem);
        Map<String, Integer> placesInUse = new HashMap<>();
        problem.fixedPairings().forEach(pairing -> placesInUse.merge(pairing.mentorId(), 1, Integer::sum));
        RuleContext context = new RuleContext(
                problem.referenceTime(), problem.minOverlapMinutes(), problem.forbiddenPairs(), placesInUse);

        for (int p = 0; p < reference.participants.size(); p++) {
            ParticipantProfile participant = reference.participants.get(p);

            List<MentorOption> options =
                    MatchingRules.options(participant, problem.mentors(), context, problem.weights());

            List<Map.Entry<String, Long>> ranked = options.stream()
                    .filter(MentorOption::allowed)
                    .sorted(Comparator.comparingLong(MentorOption::quality)
                            .reversed()
                            .thenComparing(MentorOption::mentorId))
                    .map(option -> Map.entry(option.mentorId(), option.quality()))
                    .toList();
            assertThat(ranked).as(participant.id()).containsExactlyElementsOf(referenceRanking(reference, p));
            long priority = MatchingRules.priority(participant, problem.referenceTime(), problem.weights());
            assertThat(priority).as("priority of " + participant.id()).isEqualTo(reference.priority[p]);
            assertThat(options)
                    .filteredOn(option -> !option.allowed())
                    .allSatisfy(option -> assertThat(option.breaches()).isNotEmpty());
        }
    }

    /** Each allowed mentor with the pair's reward less the participant's priority and the mentor's next place. */
    private static List<Map.Entry<String, Long>> referenceRanking(RulesWrittenAgain reference, int p) {
        List<Map.Entry<String, Long>> worth = new ArrayList<>();
        for (int i = 0; i < reference.allowed[p].length; i++) {
            int m = reference.allowed[p][i];
            worth.add(Map.entry(
                    reference.mentors.get(m).id(),
                    reference.reward[p][i] - reference.priority[p] - reference.placeCost(m, 1)));
        }
        worth.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return worth;
    }
}
