package org.peermentor.matching.solver;

import java.time.Duration;
import java.time.Instant;
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
import org.peermentor.contracts.Urgency;

/**
 * One round read once: every profile into facts, every allowed pair (H1–H7, with a place left) into a
 * {@link Fit}, the exact maximum matching (how many can be matched, and the solver's starting solution) and, on
 * request, the exact optimum among maximum matchings ({@link #optimalAssignment()}).
 */
final class Round {

    final MatchingProblem problem;
    final RuleBook rules;
    final List<ParticipantFacts> participants = new ArrayList<>();
    final Map<String, MentorFacts> mentorFacts = new LinkedHashMap<>();
    final Map<String, Mentor> mentors = new LinkedHashMap<>();
    final Map<String, Placement> placements = new LinkedHashMap<>();
    private final Map<String, Mentor> seed = new HashMap<>();

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
        return new MatchingSolution(List.copyOf(mentors.values()), list,
                new MatchingConstraintConfiguration(problem.weights()));
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
        List<Mentor> mentorList = List.copyOf(mentors.values());
        Map<Mentor, Integer> index = new HashMap<>();
        int[] placesLeft = new int[mentorList.size()];
        int[] fixed = new int[mentorList.size()];
        for (int m = 0; m < placesLeft.length; m++) {
            index.put(mentorList.get(m), m);
            placesLeft[m] = mentorList.get(m).getPlacesLeft();
            fixed[m] = mentorList.get(m).getFixedPairings();
        }
        int[][] allowed = new int[list.size()][];
        long[][] gains = new long[list.size()][];
        for (int p = 0; p < allowed.length; p++) {
            Placement placement = list.get(p);
            List<Mentor> candidates = placement.getAllowedMentors();
            allowed[p] = new int[candidates.size()];
            gains[p] = new long[candidates.size()];
            long priority = priority(placement);
            for (int i = 0; i < candidates.size(); i++) {
                allowed[p][i] = index.get(candidates.get(i));
                gains[p][i] = priority + pairQuality(placement.fitAt(i), problem.weights());
            }
        }
        int[] mentorOf = OptimalAssignment.solve(allowed, gains, placesLeft, fixed,
                problem.weights().get(MatchingWeights.MENTOR_LOAD_BALANCE));
        Map<String, Mentor> assignment = new HashMap<>();
        for (int p = 0; mentorOf != null && p < mentorOf.length; p++) {
            if (mentorOf[p] >= 0) {
                assignment.put(list.get(p).getParticipantId(), mentorList.get(mentorOf[p]));
            }
        }
        return assignment.size() == maximumMatchable() ? assignment : Map.copyOf(seed);
    }

    /** What the per-pair quality terms credit a pair with (the mentor load term is the mentor's, not the pair's). */
    static long pairQuality(Fit fit, Map<String, Integer> weights) {
        return (long) weights.get(MatchingWeights.SHARED_ISSUES) * fit.sharedIssues().size()
                + (long) weights.get(MatchingWeights.AGE_CLOSENESS) * fit.ageClosenessUnits()
                + (long) weights.get(MatchingWeights.OVERLAP) * fit.overlapUnits()
                + (fit.sharedRegion() == null ? 0 : weights.get(MatchingWeights.SAME_REGION));
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
    }

    private void readParticipants(RoundWeek week) {
        Set<String> alreadyPaired = new HashSet<>();
        problem.fixedPairings().forEach(pairing -> alreadyPaired.add(pairing.participantId()));
        Map<String, List<MentorFacts>> mentorsByIssue = mentorsByIssue();
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
            List<MentorFacts> candidates = mentorsByIssue.getOrDefault(profile.primaryIssue(), List.of());
            List<Mentor> allowed = new ArrayList<>();
            int[] minutes = allowedMentors(facts, candidates, allowed);
            if (!allowed.isEmpty()) {
                placements.put(profile.id(), new Placement(profile.id(), urgency(profile), waitingDays(profile), allowed,
                        index -> fit(facts, mentorFacts.get(allowed.get(index).getId()), minutes[index])));
            }
        }
    }

    private Map<String, List<MentorFacts>> mentorsByIssue() {
        Map<String, List<MentorFacts>> byIssue = new HashMap<>();
        for (MentorFacts mentor : mentorFacts.values()) {
            if (mentor.isAvailable()) {
                Set<String> issues = new HashSet<>(mentor.livedExperience());
                issues.addAll(mentor.trainedFor());
                issues.forEach(issue -> byIssue.computeIfAbsent(issue, key -> new ArrayList<>()).add(mentor));
            }
        }
        return byIssue;
    }

    /**
     * Adds to {@code allowed} the mentors this participant may have (H1–H7) that still have a place, and returns the
     * minutes of weekly overlap with each, in the same order (what a {@link Fit} is worked out from, when asked).
     */
    private int[] allowedMentors(ParticipantFacts p, List<MentorFacts> candidates, List<Mentor> allowed) {
        int[] minutesOf = new int[candidates.size()];
        for (MentorFacts m : candidates) {
            Mentor mentor = mentors.get(m.id());
            if (mentor.getPlacesLeft() == 0 || !passesAllButAvailability(p, m)) {
                continue;
            }
            int minutes = RuleBook.overlapMinutes(p, m);
            if (rules.availability(minutes)) {
                minutesOf[allowed.size()] = minutes;
                allowed.add(mentor);
            }
        }
        return Arrays.copyOf(minutesOf, allowed.size());
    }

    boolean passesAllButAvailability(ParticipantFacts p, MentorFacts m) {
        return RuleBook.program(p, m) && RuleBook.issue(p, m) && RuleBook.language(p, m) && RuleBook.format(p, m)
                && RuleBook.gender(p, m) && rules.history(p, m);
    }

    static Fit fit(ParticipantFacts p, MentorFacts m, int overlapMinutes) {
        List<String> shared = p.secondaryIssues().stream().filter(m::knows).toList();
        String region = RuleBook.sameRegion(p, m) ? p.profile().region() : null;
        int ageGap = Math.abs(p.profile().birthYear() - m.profile().birthYear());
        return new Fit(overlapMinutes, shared, region, ageGap);
    }

    private void seedWithMaximumMatching() {
        List<Placement> byPriority = new ArrayList<>(placements.values());
        byPriority.sort(Comparator.comparingLong(this::priority).reversed());
        List<Mentor> mentorList = List.copyOf(mentors.values());
        Map<Mentor, Integer> index = new HashMap<>();
        int[] places = new int[mentorList.size()];
        for (int m = 0; m < places.length; m++) {
            index.put(mentorList.get(m), m);
            places[m] = mentorList.get(m).getPlacesLeft();
        }
        int[][] allowed = new int[byPriority.size()][];
        for (int p = 0; p < allowed.length; p++) {
            allowed[p] = byPriority.get(p).getAllowedMentors().stream().mapToInt(index::get).toArray();
        }
        int[] mentorOf = PriorityMatching.match(allowed, places);
        for (int p = 0; p < mentorOf.length; p++) {
            if (mentorOf[p] >= 0) {
                seed.put(byPriority.get(p).getParticipantId(), mentorList.get(mentorOf[p]));
            }
        }
    }

    /** What matching this participant earns in priority, with the program's weights. */
    private long priority(Placement placement) {
        return priorityOf(placement.isHighUrgency(), placement.getPriorityWaitingDays(), problem.weights());
    }

    /** The urgency term and the waiting term (days up to {@link Placement#WAITING_CAP_DAYS}) under {@code weights}. */
    static long priorityOf(boolean highUrgency, int priorityWaitingDays, Map<String, Integer> weights) {
        long urgency = highUrgency ? weights.get(MatchingWeights.URGENCY) : 0;
        return urgency + (long) weights.get(MatchingWeights.WAITING_TIME) * priorityWaitingDays;
    }

    private static Urgency urgency(ParticipantProfile profile) {
        return profile.urgency() == null ? Urgency.NORMAL : profile.urgency();
    }

    private int waitingDays(ParticipantProfile profile) {
        return waitingDays(profile, problem.referenceTime());
    }

    /** Whole days from registration to {@code now}; 0 without a registration time or for one in the future. */
    static int waitingDays(ParticipantProfile profile, Instant now) {
        Instant registeredAt = profile.registeredAt();
        if (registeredAt == null || registeredAt.isAfter(now)) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, Duration.between(registeredAt, now).toDays());
    }
}
