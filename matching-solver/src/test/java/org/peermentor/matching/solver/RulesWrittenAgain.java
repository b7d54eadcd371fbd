package org.peermentor.matching.solver;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Gender;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.Urgency;

/**
 * The tests' own reading of a round, written again from the contract's rules and the weights' documented units
 * (also the benchmarks' reference, through this module's test jar), touching only the public {@link MatchingProblem}: which pairs
 * rules H1–H8 allow, and what each allowed pair earns in the soft score. It shares no code with {@code RuleBook},
 * {@code Round}, {@code MatchingRules} or the constraint provider, so a slip there is not repeated here.
 *
 * <p>Per pair: urgency weight if the participant is HIGH, waiting weight × days waited (up to 365), shared-issues
 * weight × secondary issues the mentor knows, age weight × max(0, 30 − |birth years apart|), overlap weight ×
 * quarter-hours of weekly overlap (up to 10 hours), same-region weight if both name the same region. Per mentor: the
 * load weight × ((fixed + added)² − fixed²).
 */
public final class RulesWrittenAgain {

    static final int WAITING_CAP_DAYS = 365;
    static final int AGE_HORIZON_YEARS = 30;
    static final int OVERLAP_CAP_MINUTES = 600;
    static final int OVERLAP_UNIT_MINUTES = 15;

    final MatchingProblem problem;
    final long urgencyWeight;
    final long waitingWeight;
    final long sharedWeight;
    final long ageWeight;
    final long overlapWeight;
    final long regionWeight;
    final long loadWeight;

    /** The participants to place (not held by a fixed pairing), in the problem's order. */
    public final List<ParticipantProfile> participants = new ArrayList<>();

    public final List<MentorProfile> mentors = new ArrayList<>();
    final Map<String, Integer> participantIndex = new HashMap<>();
    final Map<String, Integer> mentorIndex = new HashMap<>();
    /** Per mentor: places held by fixed pairings, and places left (H8). */
    final int[] fixed;

    public final int[] placesLeft;
    /** Per participant: the allowed mentors (indexes), and per allowed mentor the pair's reward. */
    public final int[][] allowed;

    public final long[][] reward;
    /** Per participant: what matching them earns whoever the mentor is (urgency + waiting). */
    public final long[] priority;

    private final LocalDate monday;
    /** Minute 0 of the clock everyone's free minutes are marked on: before the earliest Sunday of any zone. */
    private final Instant clockStart;

    private final Set<PairKey> forbidden;

    private RulesWrittenAgain(MatchingProblem problem) {
        this.problem = problem;
        Map<String, Integer> w = problem.weights();
        urgencyWeight = w.get(WeightTerm.URGENCY.key());
        waitingWeight = w.get(WeightTerm.WAITING_TIME.key());
        sharedWeight = w.get(WeightTerm.SHARED_ISSUES.key());
        ageWeight = w.get(WeightTerm.AGE_CLOSENESS.key());
        overlapWeight = w.get(WeightTerm.OVERLAP.key());
        regionWeight = w.get(WeightTerm.SAME_REGION.key());
        loadWeight = w.get(WeightTerm.MENTOR_LOAD_BALANCE.key());
        monday = LocalDate.ofInstant(problem.referenceTime(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        clockStart = monday.minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        forbidden = problem.forbiddenPairs();

        Map<String, Integer> fixedCount = new HashMap<>();
        Set<String> held = new HashSet<>();
        for (FixedPairing pairing : problem.fixedPairings()) {
            fixedCount.merge(pairing.mentorId(), 1, Integer::sum);
            held.add(pairing.participantId());
        }
        for (MentorProfile mentor : problem.mentors()) {
            mentorIndex.put(mentor.id(), mentors.size());
            mentors.add(mentor);
        }
        for (ParticipantProfile participant : problem.participants()) {
            if (!held.contains(participant.id())) {
                participantIndex.put(participant.id(), participants.size());
                participants.add(participant);
            }
        }
        fixed = new int[mentors.size()];
        placesLeft = new int[mentors.size()];
        for (int m = 0; m < mentors.size(); m++) {
            fixed[m] = fixedCount.getOrDefault(mentors.get(m).id(), 0);
            placesLeft[m] = Math.max(0, mentors.get(m).capacity() - fixed[m]);
        }
        allowed = new int[participants.size()][];
        reward = new long[participants.size()][];
        priority = new long[participants.size()];
    }

    public static RulesWrittenAgain of(MatchingProblem problem) {
        RulesWrittenAgain mirror = new RulesWrittenAgain(problem);
        mirror.readPairs();
        return mirror;
    }

    /** Number of allowed pairs. */
    public long pairCount() {
        return Arrays.stream(allowed).mapToLong(list -> list.length).sum();
    }

    /** What the k-th place this round (k from 1) of mentor {@code m} costs: the increase of its squared load. */
    public long placeCost(int m, int k) {
        long load = fixed[m] + k;
        return loadWeight * (load * load - (load - 1) * (load - 1));
    }

    /** The soft score of an assignment (participant id → mentor id), and whether it keeps every rule. */
    public Scored score(Map<String, String> assignment) {
        long soft = 0;
        long priorityPart = 0;
        List<String> broken = new ArrayList<>();
        int[] added = new int[mentors.size()];
        for (Map.Entry<String, String> pair : assignment.entrySet()) {
            Integer p = participantIndex.get(pair.getKey());
            Integer m = mentorIndex.get(pair.getValue());
            int at = p == null || m == null ? -1 : indexOf(allowed[p], m);
            if (at < 0) {
                broken.add(pair.getKey() + "->" + pair.getValue() + " not allowed");
                continue;
            }
            soft += reward[p][at];
            priorityPart += priority[p];
            added[m]++;
        }
        for (int m = 0; m < added.length; m++) {
            if (added[m] > placesLeft[m]) {
                broken.add(mentors.get(m).id() + " over capacity");
            }
            long before = fixed[m];
            long after = fixed[m] + added[m];
            soft -= loadWeight * (after * after - before * before);
        }
        return new Scored(soft, priorityPart, assignment.size(), broken);
    }

    /** An assignment's soft score, the part of it that is priority (urgency and waiting), the pairs, broken rules. */
    public record Scored(long soft, long priority, int matched, List<String> broken) {

        public long quality() {
            return soft - priority;
        }
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    // ---- the rules and the rewards, as the solver defines them --------------------------------------------------

    private void readPairs() {
        List<MentorFacts> mentorFacts = new ArrayList<>();
        Map<String, List<MentorFacts>> byIssue = new HashMap<>();
        for (int m = 0; m < mentors.size(); m++) {
            MentorFacts facts = new MentorFacts(m, mentors.get(m), this);
            mentorFacts.add(facts);
            if (facts.available) { // H1 (mentor side); only mentors that know an issue can pass H2
                facts.knows.forEach(issue ->
                        byIssue.computeIfAbsent(issue, key -> new ArrayList<>()).add(facts));
            }
        }
        for (int p = 0; p < participants.size(); p++) {
            ParticipantFacts facts = new ParticipantFacts(participants.get(p), this);
            priority[p] = (facts.highUrgency ? urgencyWeight : 0) + waitingWeight * facts.priorityWaitingDays;
            List<MentorFacts> candidates = facts.profile.primaryIssue() == null
                    ? List.of()
                    : byIssue.getOrDefault(facts.profile.primaryIssue(), List.of());
            int[] mentorsOk = new int[candidates.size()];
            long[] rewards = new long[candidates.size()];
            int count = 0;
            for (MentorFacts m : candidates) {
                if (placesLeft[m.index] == 0 || !passesAllButAvailability(facts, m)) {
                    continue;
                }
                int minutes = sharedMinutes(facts.freeMinutes, m.freeMinutes);
                if (minutes < problem.minOverlapMinutes()) { // H4
                    continue;
                }
                mentorsOk[count] = m.index;
                rewards[count] = priority[p] + quality(facts, m, minutes);
                count++;
            }
            allowed[p] = Arrays.copyOf(mentorsOk, count);
            reward[p] = Arrays.copyOf(rewards, count);
        }
    }

    private boolean passesAllButAvailability(ParticipantFacts p, MentorFacts m) {
        return p.waiting
                && m.available // H1
                && Objects.equals(p.profile.programId(), m.profile.programId())
                && m.knows.contains(p.profile.primaryIssue()) // H2
                && !Collections.disjoint(p.languages, m.languages) // H3
                && !usableFormats(p, m).isEmpty() // H5
                && gender(p, m) // H6
                && !forbidden.contains(new PairKey(p.profile.id(), m.profile.id())); // H7
    }

    private long quality(ParticipantFacts p, MentorFacts m, int overlapMinutes) {
        long shared = p.secondaryIssues.stream().filter(m.knows::contains).count();
        int ageGap = Math.abs(p.profile.birthYear() - m.profile.birthYear());
        long ageUnits = Math.max(0, AGE_HORIZON_YEARS - ageGap);
        long overlapUnits = Math.min(overlapMinutes, OVERLAP_CAP_MINUTES) / OVERLAP_UNIT_MINUTES;
        long region = sameRegion(p, m) ? 1 : 0;
        return sharedWeight * shared + ageWeight * ageUnits + overlapWeight * overlapUnits + regionWeight * region;
    }

    private static Set<Format> usableFormats(ParticipantFacts p, MentorFacts m) {
        Set<Format> shared = EnumSet.noneOf(Format.class);
        shared.addAll(p.formats);
        shared.retainAll(m.formats);
        if (!sameRegion(p, m)) {
            shared.remove(Format.IN_PERSON);
        }
        return shared;
    }

    private static boolean sameRegion(ParticipantFacts p, MentorFacts m) {
        return p.profile.region() != null && p.profile.region().equals(m.profile.region());
    }

    private static boolean gender(ParticipantFacts p, MentorFacts m) {
        String preference = p.profile.mentorGenderPreference();
        preference = preference == null || preference.isBlank()
                ? "ANY"
                : preference.trim().toUpperCase(Locale.ROOT);
        Gender mentorGender = m.profile.gender();
        if ("ANY".equals(preference)) {
            return true;
        }
        if ("SAME".equals(preference)) {
            Gender own = p.profile.gender();
            return own != null && own != Gender.UNDISCLOSED && own == mentorGender;
        }
        return mentorGender != null && mentorGender.name().equals(preference);
    }

    private static final class ParticipantFacts {
        final ParticipantProfile profile;
        final boolean waiting;
        final boolean highUrgency;
        final int priorityWaitingDays;
        final Set<String> languages;
        final Set<Format> formats;
        final List<String> secondaryIssues;
        final BitSet freeMinutes;

        ParticipantFacts(ParticipantProfile profile, RulesWrittenAgain round) {
            this.profile = profile;
            waiting = profile.status() == ProfileStatus.WAITING || profile.status() == ProfileStatus.PROPOSED;
            highUrgency = profile.urgency() == Urgency.HIGH;
            Instant registeredAt = profile.registeredAt();
            Instant now = round.problem.referenceTime();
            long days = registeredAt == null || registeredAt.isAfter(now)
                    ? 0
                    : Math.min(
                            Integer.MAX_VALUE,
                            Duration.between(registeredAt, now).toDays());
            priorityWaitingDays = (int) Math.min(days, WAITING_CAP_DAYS);
            languages = languages(profile.languages());
            formats = formats(profile.formats());
            Set<String> secondary = new LinkedHashSet<>(orEmpty(profile.issues()));
            secondary.remove(profile.primaryIssue());
            secondary.remove(null);
            secondaryIssues = List.copyOf(secondary);
            freeMinutes = freeMinutes(profile.availability(), profile.timezone(), round.monday, 7, round.clockStart);
        }
    }

    private static final class MentorFacts {
        final int index;
        final MentorProfile profile;
        final boolean available;
        final Set<String> knows = new HashSet<>();
        final Set<String> languages;
        final Set<Format> formats;
        final BitSet freeMinutes;

        MentorFacts(int index, MentorProfile profile, RulesWrittenAgain round) {
            this.index = index;
            this.profile = profile;
            available = profile.active() && profile.status() != ProfileStatus.WITHDRAWN;
            orEmpty(profile.livedExperience()).stream().filter(Objects::nonNull).forEach(knows::add);
            orEmpty(profile.trainedFor()).stream().filter(Objects::nonNull).forEach(knows::add);
            languages = languages(profile.languages());
            formats = formats(profile.formats());
            freeMinutes = freeMinutes(
                    profile.availability(), profile.timezone(), round.monday.minusDays(1), 9, round.clockStart);
        }
    }

    private static Set<String> languages(Collection<String> languages) {
        Set<String> set = new HashSet<>();
        for (String language : orEmpty(languages)) {
            if (language != null) {
                set.add(language.trim().toLowerCase(Locale.ROOT));
            }
        }
        return set;
    }

    private static Set<Format> formats(Collection<Format> formats) {
        Set<Format> set = EnumSet.noneOf(Format.class);
        orEmpty(formats).stream().filter(Objects::nonNull).forEach(set::add);
        return set;
    }

    private static <T> Collection<T> orEmpty(Collection<T> values) {
        return values == null ? List.of() : values;
    }

    /**
     * H4's calendar, minute by minute: each weekly slot laid on the real dates from {@code firstDay} in the owner's zone
     * (DST-correct), and every minute it covers marked on the round's clock (slots are whole minutes, {@code "HH:mm"} in
     * the contract). An unknown zone means no free time.
     */
    static BitSet freeMinutes(
            Collection<Slot> slots, String timezone, LocalDate firstDay, int days, Instant clockStart) {
        BitSet free = new BitSet();
        if (timezone == null) {
            return free;
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timezone);
        } catch (DateTimeException unknown) {
            return free;
        }
        for (int d = 0; d < days; d++) {
            LocalDate date = firstDay.plusDays(d);
            for (Slot slot : orEmpty(slots)) {
                if (slot == null || slot.start() == null || slot.end() == null || slot.day() != date.getDayOfWeek()) {
                    continue;
                }
                int from = minutesSince(clockStart, ZonedDateTime.of(date, slot.start(), zone));
                int to = minutesSince(clockStart, ZonedDateTime.of(date, slot.end(), zone));
                if (to > from) {
                    free.set(from, to);
                }
            }
        }
        return free;
    }

    private static int minutesSince(Instant clockStart, ZonedDateTime time) {
        return (int) Duration.between(clockStart, time.toInstant()).toMinutes();
    }

    /** The minutes marked free for both. */
    static int sharedMinutes(BitSet a, BitSet b) {
        BitSet both = (BitSet) a.clone();
        both.and(b);
        return both.cardinality();
    }

    /** The allowed pairs as participant id → mentor ids, for checks. */
    public Map<String, Set<String>> allowedPairs() {
        Map<String, Set<String>> pairs = new LinkedHashMap<>();
        for (int p = 0; p < participants.size(); p++) {
            Set<String> ids = new LinkedHashSet<>();
            for (int m : allowed[p]) {
                ids.add(mentors.get(m).id());
            }
            pairs.put(participants.get(p).id(), ids);
        }
        return pairs;
    }
}
