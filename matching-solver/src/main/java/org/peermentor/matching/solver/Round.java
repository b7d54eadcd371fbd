package org.peermentor.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;

/**
 * One round read once: every profile into facts, every participant's allowed mentors (H1–H7, with a place left) with
 * the minutes of overlap that a {@link Fit} is worked out from when asked, the exact maximum matching (how many can
 * be matched, and the solver's starting solution) and, on request, the exact optimum among maximum matchings
 * ({@link #optimalAssignment()}).
 */
final class Round {

    final MatchingProblem problem;
    final RuleBook rules;
    final List<ParticipantFacts> participants = new ArrayList<>();
    final Map<String, MentorFacts> mentorFacts = new LinkedHashMap<>();
    final Map<String, Mentor> mentors = new LinkedHashMap<>();
    final Map<String, Placement> placements = new LinkedHashMap<>();
    private final Map<String, Mentor> seed = new HashMap<>();
    // the round's mentors by index, in the order of the maps above; and per placement, in the order of placements,
    // the participant's facts and the minutes of overlap with each allowed mentor
    private Mentor[] mentorArray;
    private MentorFacts[] factsArray;
    private final LanguageBits languageBits = new LanguageBits();
    private long[] mentorLanguages;
    private final List<ParticipantFacts> placedFacts = new ArrayList<>();
    private final List<int[]> placedMinutes = new ArrayList<>();

    private Round(MatchingProblem problem) {
        this.problem = problem;
        this.rules = new RuleBook(problem.minOverlapMinutes(), problem.forbiddenPairs());
    }

    static Round of(MatchingProblem problem) {
        Round round = new Round(problem);
        RoundWeek week = new RoundWeek(problem.referenceTime());
        round.readMentors(week);
        round.readParticipants(week);
        round.seedWithMaximumMatching();
        return round;
    }

    /** A fresh solution with every placement on its seed mentor. */
    MatchingSolution seededSolution() {
        List<Placement> list = new ArrayList<>(placements.values());
        list.forEach(placement -> placement.setMentor(seed.get(placement.getParticipantId())));
        return new MatchingSolution(
                List.copyOf(mentors.values()), list, new MatchingConstraintConfiguration(problem.weights()));
    }

    int maximumMatchable() {
        return seed.size();
    }

    /**
     * The assignment with the best soft score among those that match {@link #maximumMatchable()} participants, by
     * participant id: a minimum-cost maximum flow ({@link OptimalAssignment}) whose cost is minus the score's soft
     * level, term by term, under the program's weights. Should the flow not give that (costs out of its range, or
     * another count), the maximum matching stands in: the count is kept, the quality is then the search's to improve.
     */
    Map<String, Mentor> optimalAssignment() {
        List<Placement> list = List.copyOf(placements.values());
        int[] placesLeft = new int[mentorArray.length];
        int[] fixed = new int[mentorArray.length];
        for (int m = 0; m < placesLeft.length; m++) {
            placesLeft[m] = mentorArray[m].placesLeft();
            fixed[m] = mentorArray[m].fixedPairings();
        }
        QualityWeights quality = QualityWeights.of(problem.weights());
        int[][] allowed = new int[list.size()][];
        long[][] gains = new long[list.size()][];
        for (int p = 0; p < allowed.length; p++) {
            Placement placement = list.get(p);
            ParticipantFacts facts = placedFacts.get(p);
            int[] minutes = placedMinutes.get(p);
            allowed[p] = new int[minutes.length];
            gains[p] = new long[minutes.length];
            long priority = priority(placement);
            for (int i = 0; i < minutes.length; i++) {
                allowed[p][i] = placement.mentorIndexAt(i);
                gains[p][i] = priority + PairFit.quality(facts, factsArray[allowed[p][i]], minutes[i], quality);
            }
        }
        int[] mentorOf = OptimalAssignment.solve(
                allowed, gains, placesLeft, fixed, WeightTerm.MENTOR_LOAD_BALANCE.of(problem.weights()));
        Map<String, Mentor> assignment = new HashMap<>();
        for (int p = 0; mentorOf != null && p < mentorOf.length; p++) {
            if (mentorOf[p] >= 0) {
                assignment.put(list.get(p).getParticipantId(), mentorArray[mentorOf[p]]);
            }
        }
        return assignment.size() == maximumMatchable() ? assignment : Map.copyOf(seed);
    }

    private void readMentors(RoundWeek week) {
        Map<String, Integer> fixed = new HashMap<>();
        problem.fixedPairings().forEach(pairing -> fixed.merge(pairing.mentorId(), 1, Integer::sum));
        for (MentorProfile profile : problem.mentors()) {
            if (mentorFacts.putIfAbsent(profile.id(), MentorFacts.of(profile, week)) != null) {
                throw new IllegalArgumentException("Mentor " + profile.id() + " appears twice");
            }
            int held = fixed.getOrDefault(profile.id(), 0);
            mentors.put(profile.id(), new Mentor(profile.id(), profile.capacity(), held));
        }
        mentorArray = mentors.values().toArray(Mentor[]::new);
        factsArray = mentorFacts.values().toArray(MentorFacts[]::new);
        mentorLanguages = new long[factsArray.length];
        Arrays.setAll(mentorLanguages, m -> languageBits.of(factsArray[m].spoken()));
    }

    private void readParticipants(RoundWeek week) {
        Set<String> alreadyPaired = new HashSet<>();
        problem.fixedPairings().forEach(pairing -> alreadyPaired.add(pairing.participantId()));
        Map<String, Map<String, int[]>> candidates = candidatesByProgramAndIssue();
        Set<String> seen = new HashSet<>();
        for (ParticipantProfile profile : problem.participants()) {
            if (!seen.add(profile.id())) {
                throw new IllegalArgumentException("Participant " + profile.id() + " appears twice");
            }
            if (alreadyPaired.contains(profile.id())) {
                continue; // held by a fixed pairing: nothing to place
            }
            ParticipantFacts facts = ParticipantFacts.of(profile, week);
            participants.add(facts);
            if (!RuleBook.isWaiting(facts)) {
                continue; // H1 keeps every mentor from them
            }
            int[] forIssue = candidates
                    .getOrDefault(profile.programId(), Map.of())
                    .getOrDefault(profile.primaryIssue(), new int[0]);
            int[] minutes = new int[forIssue.length];
            int[] allowed = allowedMentors(facts, forIssue, minutes);
            if (allowed.length > 0) {
                int[] overlap = Arrays.copyOf(minutes, allowed.length);
                placements.put(
                        profile.id(),
                        new Placement(
                                profile.id(),
                                Priority.urgency(profile),
                                waitingDays(profile),
                                new AllowedMentors(mentorArray, allowed),
                                index -> PairFit.of(facts, factsArray[allowed[index]], overlap[index])));
                placedFacts.add(facts);
                placedMinutes.add(overlap);
            }
        }
    }

    /**
     * The round's mentors (by index) that are available (H1), in each program, for each issue they know (H2), with
     * a place left (H8), in the round's order: so a participant is checked only against the mentors of their own
     * program and primary issue, and only for H3–H7.
     */
    private Map<String, Map<String, int[]>> candidatesByProgramAndIssue() {
        Map<String, Map<String, List<Integer>>> lists = new HashMap<>();
        for (int m = 0; m < factsArray.length; m++) {
            MentorFacts mentor = factsArray[m];
            if (mentor.isAvailable() && mentorArray[m].placesLeft() > 0) {
                Set<String> issues = new HashSet<>(mentor.livedExperience());
                issues.addAll(mentor.trainedFor());
                for (String issue : issues) {
                    lists.computeIfAbsent(mentor.profile().programId(), program -> new HashMap<>())
                            .computeIfAbsent(issue, key -> new ArrayList<>())
                            .add(m);
                }
            }
        }
        Map<String, Map<String, int[]>> candidates = new HashMap<>();
        lists.forEach((program, byIssue) -> byIssue.forEach((issue, indexes) -> candidates
                .computeIfAbsent(program, key -> new HashMap<>())
                .put(issue, indexes.stream().mapToInt(Integer::intValue).toArray())));
        return candidates;
    }

    /**
     * The indexes among {@code candidates} (mentors of the participant's program and issue, with a place) that pass
     * H3–H7 for this waiting participant; the minutes of weekly overlap with each go to {@code minutes}, in the same
     * order (what a {@link Fit} is worked out from, when asked).
     */
    private int[] allowedMentors(ParticipantFacts p, int[] candidates, int[] minutes) {
        Set<String> forbidden = rules.forbiddenMentors(p);
        long spoken = languageBits.of(p.spoken());
        int[] allowed = new int[candidates.length];
        int count = 0;
        for (int index : candidates) {
            MentorFacts m = factsArray[index];
            if (!LanguageBits.share(spoken, mentorLanguages[index], p, m)
                    || !RuleBook.format(p, m)
                    || !RuleBook.gender(p, m)
                    || !forbidden.isEmpty() && forbidden.contains(m.id())) {
                continue;
            }
            int overlap = RuleBook.overlapMinutes(p, m);
            if (rules.availability(overlap)) {
                minutes[count] = overlap;
                allowed[count++] = index;
            }
        }
        return Arrays.copyOf(allowed, count);
    }

    private void seedWithMaximumMatching() {
        List<Placement> byPriority = new ArrayList<>(placements.values());
        byPriority.sort(Comparator.comparingLong(this::priority).reversed());
        int[] places = new int[mentorArray.length];
        for (int m = 0; m < places.length; m++) {
            places[m] = mentorArray[m].placesLeft();
        }
        int[][] allowed = new int[byPriority.size()][];
        for (int p = 0; p < allowed.length; p++) {
            Placement placement = byPriority.get(p);
            allowed[p] = new int[placement.getAllowedMentors().size()];
            Arrays.setAll(allowed[p], placement::mentorIndexAt);
        }
        int[] mentorOf = PriorityMatching.match(allowed, places);
        for (int p = 0; p < mentorOf.length; p++) {
            if (mentorOf[p] >= 0) {
                seed.put(byPriority.get(p).getParticipantId(), mentorArray[mentorOf[p]]);
            }
        }
    }

    /** What matching this participant earns in priority, with the program's weights. */
    private long priority(Placement placement) {
        return Priority.of(placement.isHighUrgency(), placement.getPriorityWaitingDays(), problem.weights());
    }

    private int waitingDays(ParticipantProfile profile) {
        return Priority.waitingDays(profile, problem.referenceTime());
    }
}
