package org.peermentor.matching.solver;

import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.matching.solver.Fixtures.daysAgo;
import static org.peermentor.matching.solver.Fixtures.mentor;
import static org.peermentor.matching.solver.Fixtures.participant;
import static org.peermentor.matching.solver.Fixtures.slot;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Gender;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.MentorProfileBuilder;
import org.peermentor.contracts.ParticipantProfileBuilder;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.Urgency;

/** Each participant nobody fits is told why, naming the rule, in words. */
class UnmatchedReasonsTest {

    private static List<String> reasonsFor(ParticipantProfileBuilder participant, MentorProfileBuilder... mentors) {
        return reasonsFor(participant, List.of(), Set.of(), mentors);
    }

    private static List<String> reasonsFor(
            ParticipantProfileBuilder participant,
            List<FixedPairing> fixed,
            Set<PairKey> forbidden,
            MentorProfileBuilder... mentors) {
        List<MentorProfile> profiles =
                Arrays.stream(mentors).map(MentorProfileBuilder::build).toList();
        MatchingResult result =
                Fixtures.solve(Fixtures.problem(List.of(participant.build()), profiles, fixed, forbidden, Map.of()));
        assertThat(result.pairings()).isEmpty();
        return result.unmatched().get(0).reasons();
    }

    @Test
    void aParticipantWhoIsNotWaitingIsNotPlaced() {
        assertThat(reasonsFor(participant("p").status(ProfileStatus.MATCHED), mentor("m")))
                .containsExactly("Status is MATCHED; only WAITING or PROPOSED participants are placed (H1)");
    }

    @Test
    void noActiveMentorInTheProgram() {
        assertThat(reasonsFor(
                        participant("p"), mentor("m").active(false), mentor("n").programId("elsewhere")))
                .containsExactly("No active mentor in program recovery-north (H1)");
    }

    @Test
    void noMentorForTheIssue() {
        assertThat(reasonsFor(
                        participant("p").primaryIssue("OPIOID_USE").issues(List.of("OPIOID_USE")),
                        mentor("m").livedExperience(List.of("ANXIETY")).trainedFor(List.of("GRIEF"))))
                .containsExactly("No mentor has lived experience of or training for OPIOID_USE (H2)");
    }

    @Test
    void noMentorInTheProgramSpeaksTheLanguage() {
        assertThat(reasonsFor(
                        participant("p").languages(List.of("pl")), mentor("m").languages(List.of("en", "es"))))
                .containsExactly(
                        "No active mentor in the program speaks pl (H3)",
                        "Nearest miss: 1 mentor for anxiety fits every rule but language: speaks English (en) and "
                                + "Spanish (es), this participant Polish (pl) (H3)");
    }

    @Test
    void noMentorForTheIssueSpeaksTheLanguage() {
        assertThat(reasonsFor(
                        participant("p").languages(List.of("es")),
                        mentor("m").languages(List.of("en")),
                        mentor("n").livedExperience(List.of("GRIEF")).languages(List.of("es"))))
                .containsExactly(
                        "No mentor for ANXIETY speaks es (H3)",
                        "Nearest miss: 1 mentor for anxiety fits every rule but language: speaks English (en), "
                                + "this participant Spanish (es) (H3)");
    }

    @Test
    void noMentorWhoFitsCanMeetInTheWaysOffered() {
        assertThat(reasonsFor(
                        participant("p").formats(List.of(Format.IN_PERSON)),
                        mentor("m").formats(List.of(Format.IN_PERSON)).region("chicago-south"),
                        mentor("n").formats(List.of(Format.PHONE))))
                .containsExactly(
                        "No mentor for ANXIETY who speaks en can meet in person in chicago-north (H5)",
                        "Nearest misses: 2 mentors for anxiety fit every rule but how to meet: this participant "
                                + "meets in person in chicago-north (H5)");
    }

    @Test
    void noMentorWhoFitsHasThePreferredGender() {
        assertThat(reasonsFor(
                        participant("p").mentorGenderPreference("FEMALE"),
                        mentor("m").gender(Gender.MALE)))
                .containsExactly(
                        "Prefers a FEMALE mentor; none who fits is (H6)",
                        "Nearest miss: 1 mentor for anxiety fits every rule but the gender this participant prefers (H6)");
    }

    @Test
    void sameGenderCannotBeMetWithoutDisclosingOne() {
        assertThat(reasonsFor(
                        participant("p").mentorGenderPreference("SAME").gender(Gender.UNDISCLOSED),
                        mentor("m").gender(Gender.UNDISCLOSED)))
                .containsExactly(
                        "Prefers a mentor of the same gender but has not disclosed a gender (H6)",
                        "Nearest miss: 1 mentor for anxiety fits every rule but the gender this participant prefers (H6)");
    }

    @Test
    void noMentorWhoFitsSharesEnoughTime() {
        assertThat(reasonsFor(
                        participant("p").availability(List.of(slot(TUESDAY, "18:00", "19:00"))),
                        mentor("m").availability(List.of(slot(TUESDAY, "18:30", "22:00"))),
                        mentor("n").availability(List.of(slot(TUESDAY, "08:00", "12:00")))))
                .containsExactly(
                        "Mentors for ANXIETY who speak en share less than 60 minutes a week with this "
                                + "participant; the most any shares is 30 (H4)",
                        "Nearest misses: 2 mentors for anxiety fit every rule but time: the most any shares is 30 of "
                                + "the 60 minutes a week the program asks for with this participant (H4)");
    }

    @Test
    void everyMentorWhoFitsWasRefusedBefore() {
        assertThat(reasonsFor(participant("p"), List.of(), Set.of(new PairKey("p", "m")), mentor("m")))
                .containsExactly(
                        "Previously rejected or declined with every mentor who fits (H7)",
                        "Nearest miss: 1 mentor for anxiety fits every rule but a past refusal: the pair was rejected "
                                + "or declined before (H7)");
    }

    @Test
    void everyMentorWhoFitsIsAtCapacity() {
        assertThat(reasonsFor(
                        participant("p"),
                        List.of(new FixedPairing("x", "m1"), new FixedPairing("y", "m2"), new FixedPairing("z", "m3")),
                        Set.of(),
                        mentor("m1").capacity(1),
                        mentor("m2").capacity(1),
                        mentor("m3").capacity(1)))
                .containsExactly(
                        "Every mentor who fits is at capacity (H8): 3 mentors",
                        "Nearest misses: 3 mentors for anxiety fit every rule but a free place: all are held by "
                                + "pairings that stay (H8)");
    }

    @Test
    void theNearestMissesAreTheMentorsForTheIssueWhoBreakOneRuleEachGroupedByRule() {
        assertThat(reasonsFor(
                        participant("p")
                                .languages(List.of("es"))
                                .primaryIssue("GRIEF")
                                .issues(List.of("GRIEF"))
                                .availability(List.of(slot(TUESDAY, "18:00", "19:00"))),
                        mentorFor("short-a", "GRIEF", "es", slot(TUESDAY, "18:30", "22:00")),
                        mentorFor("short-b", "GRIEF", "es", slot(TUESDAY, "18:45", "22:00")),
                        mentorFor("polish", "GRIEF", "pl", slot(TUESDAY, "18:00", "19:00")),
                        mentorFor("two-rules", "GRIEF", "pl", slot(TUESDAY, "08:00", "09:00")),
                        mentorFor("other-issue", "ANXIETY", "es", slot(TUESDAY, "18:00", "19:00"))))
                .containsExactly(
                        "Mentors for GRIEF who speak es share less than 60 minutes a week with this "
                                + "participant; the most any shares is 30 (H4)",
                        "Nearest miss: 1 mentor for grief fits every rule but language: speaks Polish (pl), this "
                                + "participant Spanish (es) (H3)",
                        "Nearest misses: 2 mentors for grief fit every rule but time: the most any shares is 30 of "
                                + "the 60 minutes a week the program asks for with this participant (H4)");
    }

    /** A mentor with lived experience of this issue who speaks this one language and is free at this time. */
    private static MentorProfileBuilder mentorFor(String id, String issue, String language, Slot time) {
        return mentor(id)
                .livedExperience(List.of(issue))
                .languages(List.of(language))
                .availability(List.of(time));
    }

    @Test
    void theMentorsWhoFitAreBookedByOthersThisRound() {
        MatchingResult result = Fixtures.solve(Fixtures.problem(
                List.of(
                        participant("urgent-1").urgency(Urgency.HIGH).build(),
                        participant("urgent-2").urgency(Urgency.HIGH).build(),
                        participant("later").registeredAt(daysAgo(1)).build()),
                List.of(
                        mentor("m1").capacity(1).build(),
                        mentor("m2").capacity(1).build())));

        assertThat(result.unmatched()).singleElement().satisfies(unmatched -> {
            assertThat(unmatched.participantId()).isEqualTo("later");
            assertThat(unmatched.reasons())
                    .containsExactly("All 2 mentors who fit are fully booked by other participants this round (H8)");
        });
    }
}
