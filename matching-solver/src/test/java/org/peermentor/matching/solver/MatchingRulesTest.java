package org.peermentor.matching.solver;

import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.peermentor.matching.solver.Fixtures.mentor;
import static org.peermentor.matching.solver.Fixtures.participant;
import static org.peermentor.matching.solver.Fixtures.slot;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Gender;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.MentorProfileBuilder;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ParticipantProfileBuilder;
import org.peermentor.contracts.ProfileStatus;

/** Each rule holding and breaking, on a pair that otherwise fits (default builders: they fit). */
class MatchingRulesTest {

    private static final RuleContext CONTEXT = new RuleContext(Fixtures.NOW, 60, Set.of(), Map.of());

    private static List<RuleBreach> check(ParticipantProfileBuilder participant, MentorProfileBuilder mentor) {
        return check(participant.build(), mentor.build(), CONTEXT);
    }

    private static List<RuleBreach> check(ParticipantProfile participant, MentorProfile mentor, RuleContext context) {
        return MatchingRules.check(participant, mentor, context);
    }

    @Test
    void aPairThatFitsBreaksNoRule() {
        assertThat(check(participant("p"), mentor("m"))).isEmpty();
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        assertThat(check(
                        participant("p")
                                .languages(List.of("pl"))
                                .primaryIssue("GRIEF")
                                .issues(List.of("GRIEF")),
                        mentor("m").active(false)))
                .extracting(RuleBreach::rule)
                .containsExactly("H1", "H2", "H3");
    }

    @Nested
    class H1Program {

        @Test
        void holdsForAProposedParticipantAndAnActiveMentorOfTheSameProgram() {
            assertThat(check(participant("p").status(ProfileStatus.PROPOSED), mentor("m")))
                    .isEmpty();
        }

        @Test
        void breaksAcrossPrograms() {
            assertThat(check(participant("p"), mentor("m").programId("other-program")))
                    .containsExactly(new RuleBreach(
                            "H1", "The participant is in program recovery-north, the mentor in other-program"));
        }

        @Test
        void breaksForAnInactiveMentor() {
            assertThat(check(participant("p"), mentor("m").active(false)))
                    .containsExactly(new RuleBreach("H1", "The mentor is not active"));
        }

        @Test
        void breaksForAWithdrawnMentor() {
            assertThat(check(participant("p"), mentor("m").status(ProfileStatus.WITHDRAWN)))
                    .containsExactly(new RuleBreach("H1", "The mentor has withdrawn"));
        }

        @Test
        void breaksForAParticipantAlreadyMatched() {
            assertThat(check(participant("p").status(ProfileStatus.MATCHED), mentor("m")))
                    .containsExactly(new RuleBreach(
                            "H1", "The participant is MATCHED; only WAITING or PROPOSED participants are paired"));
        }
    }

    @Nested
    class H2Issue {

        @Test
        void holdsWhenTheMentorIsTrainedForTheIssueWithoutLivingIt() {
            assertThat(check(
                            participant("p").primaryIssue("OPIOID_USE").issues(List.of("OPIOID_USE")),
                            mentor("m").livedExperience(List.of("GRIEF")).trainedFor(List.of("OPIOID_USE"))))
                    .isEmpty();
        }

        @Test
        void breaksWhenTheMentorNeitherLivedNorTrainedForIt() {
            assertThat(check(
                            participant("p").primaryIssue("OPIOID_USE").issues(List.of("OPIOID_USE", "ANXIETY")),
                            mentor("m").livedExperience(List.of("ANXIETY"))))
                    .containsExactly(new RuleBreach(
                            "H2",
                            "The mentor has neither lived experience of nor training for opioid use (OPIOID_USE)"));
        }
    }

    @Nested
    class H3Language {

        @Test
        void holdsWhenOneLanguageIsShared() {
            assertThat(check(
                            participant("p").languages(List.of("es", "en")),
                            mentor("m").languages(List.of("pl", "en"))))
                    .isEmpty();
        }

        @Test
        void breaksWhenNoLanguageIsShared() {
            assertThat(check(
                            participant("p").languages(List.of("pl")),
                            mentor("m").languages(List.of("es", "en"))))
                    .containsExactly(new RuleBreach(
                            "H3",
                            "They share no language: the participant speaks "
                                    + "Polish (pl), the mentor Spanish (es) and English (en)"));
        }
    }

    @Nested
    class H4Availability {

        @Test
        void holdsAtExactlyTheMinimum() {
            assertThat(check(
                            participant("p").availability(List.of(slot(TUESDAY, "18:00", "19:00"))),
                            mentor("m").availability(List.of(slot(TUESDAY, "17:00", "21:00")))))
                    .isEmpty();
        }

        @Test
        void breaksBelowTheMinimum() {
            assertThat(check(
                            participant("p").availability(List.of(slot(TUESDAY, "18:00", "19:00"))),
                            mentor("m").availability(List.of(slot(TUESDAY, "18:30", "21:00")))))
                    .containsExactly(new RuleBreach(
                            "H4", "Their calendars share 30 minutes a week; the program asks for at least 60"));
        }

        @Test
        void readsEachSlotInItsOwnersTimezone() {
            // 18:00–20:00 in Chicago is 19:00–21:00 in New York: an hour with 20:00–22:00 there, half with 17:00–19:30
            assertThat(check(
                            participant("p"),
                            mentor("m")
                                    .timezone("America/New_York")
                                    .availability(List.of(slot(TUESDAY, "20:00", "22:00")))))
                    .isEmpty();
            assertThat(check(
                            participant("p"),
                            mentor("m")
                                    .timezone("America/New_York")
                                    .availability(List.of(slot(TUESDAY, "17:00", "19:30")))))
                    .containsExactly(new RuleBreach(
                            "H4", "Their calendars share 30 minutes a week; the program asks for at least 60"));
        }

        @Test
        void breaksForAnUnknownTimezone() {
            assertThat(check(participant("p").timezone("Mars/Olympus_Mons"), mentor("m")))
                    .extracting(RuleBreach::rule)
                    .containsExactly("H4");
        }
    }

    @Nested
    class H5Format {

        @Test
        void holdsInPersonInTheSameRegion() {
            assertThat(check(
                            participant("p").formats(List.of(Format.IN_PERSON)),
                            mentor("m").formats(List.of(Format.IN_PERSON))))
                    .isEmpty();
        }

        @Test
        void holdsAcrossRegionsWhenAnotherFormatIsShared() {
            assertThat(check(
                            participant("p").formats(List.of(Format.IN_PERSON, Format.PHONE)),
                            mentor("m")
                                    .formats(List.of(Format.IN_PERSON, Format.PHONE))
                                    .region("chicago-south")))
                    .isEmpty();
        }

        @Test
        void breaksWithNoSharedFormat() {
            assertThat(check(
                            participant("p").formats(List.of(Format.ONLINE)),
                            mentor("m").formats(List.of(Format.PHONE))))
                    .containsExactly(new RuleBreach(
                            "H5", "They share no way to meet: the participant meets online, the mentor by phone"));
        }

        @Test
        void breaksInPersonOnlyAcrossRegions() {
            assertThat(check(
                            participant("p").formats(List.of(Format.IN_PERSON, Format.ONLINE)),
                            mentor("m").formats(List.of(Format.IN_PERSON)).region("chicago-south")))
                    .containsExactly(
                            new RuleBreach("H5", "They can only meet in person, and are not in the same region"));
        }

        @Test
        void breaksInPersonOnlyWithoutARegion() {
            assertThat(check(
                            participant("p").formats(List.of(Format.IN_PERSON)).region(null),
                            mentor("m").formats(List.of(Format.IN_PERSON)).region(null)))
                    .extracting(RuleBreach::rule)
                    .containsExactly("H5");
        }
    }

    @Nested
    class H6Gender {

        @Test
        void holdsForAnyAndForANamedGenderMet() {
            assertThat(check(
                            participant("p").mentorGenderPreference("ANY"),
                            mentor("m").gender(Gender.MALE)))
                    .isEmpty();
            assertThat(check(
                            participant("p").mentorGenderPreference("NON_BINARY"),
                            mentor("m").gender(Gender.NON_BINARY)))
                    .isEmpty();
        }

        @Test
        void holdsForTheSameDisclosedGender() {
            assertThat(preferringTheSame(Gender.MALE, Gender.MALE)).isEmpty();
        }

        @Test
        void breaksForANamedGenderNotMet() {
            assertThat(check(
                            participant("p").mentorGenderPreference("FEMALE"),
                            mentor("m").gender(Gender.MALE)))
                    .containsExactly(
                            new RuleBreach("H6", "The participant prefers a female mentor; the mentor is male"));
        }

        @Test
        void breaksForSameWhenGendersDiffer() {
            assertThat(preferringTheSame(Gender.FEMALE, Gender.MALE))
                    .containsExactly(new RuleBreach(
                            "H6", "The participant prefers a mentor of the same gender; the mentor is not"));
        }

        @Test
        void breaksForSameWhenBothAreUndisclosed() {
            assertThat(preferringTheSame(Gender.UNDISCLOSED, Gender.UNDISCLOSED))
                    .containsExactly(new RuleBreach(
                            "H6",
                            "The participant prefers a mentor of the same gender and has not disclosed their own"));
        }

        /** A participant of this gender who prefers a mentor of the same, and a mentor of that gender. */
        private static List<RuleBreach> preferringTheSame(Gender participantGender, Gender mentorGender) {
            return check(
                    participant("p").mentorGenderPreference("SAME").gender(participantGender),
                    mentor("m").gender(mentorGender));
        }
    }

    @Nested
    class H7History {

        @Test
        void holdsWhenOnlyOtherPairsWereRefused() {
            RuleContext context = new RuleContext(Fixtures.NOW, 60, Set.of(new PairKey("p", "other")), Map.of());
            assertThat(check(participant("p").build(), mentor("m").build(), context))
                    .isEmpty();
        }

        @Test
        void breaksForAPairRejectedOrDeclinedBefore() {
            RuleContext context = new RuleContext(Fixtures.NOW, 60, Set.of(new PairKey("p", "m")), Map.of());
            assertThat(check(participant("p").build(), mentor("m").build(), context))
                    .containsExactly(new RuleBreach("H7", "This pair was rejected or declined before"));
        }
    }

    @Nested
    class H8Capacity {

        @Test
        void holdsWhileAPlaceIsFree() {
            RuleContext context = new RuleContext(Fixtures.NOW, 60, Set.of(), Map.of("m", 2));
            assertThat(check(participant("p").build(), mentor("m").capacity(3).build(), context))
                    .isEmpty();
        }

        @Test
        void breaksWhenEveryPlaceIsHeld() {
            RuleContext context = new RuleContext(Fixtures.NOW, 60, Set.of(), Map.of("m", 3));
            assertThat(check(participant("p").build(), mentor("m").capacity(3).build(), context))
                    .containsExactly(new RuleBreach("H8", "The mentor already holds 3 of 3 places"));
        }
    }

    @Nested
    class MentorOptions {

        @Test
        void allowedMentorsCarryTheirQualityAndForbiddenOnesEveryRuleTheyBreak() {
            List<MentorOption> options = MatchingRules.options(
                    participant("p").issues(List.of("ANXIETY", "GRIEF")).build(),
                    List.of(
                            mentor("close")
                                    .livedExperience(List.of("ANXIETY", "GRIEF"))
                                    .build(),
                            mentor("far").region("elsewhere").birthYear(1960).build(),
                            mentor("polish").languages(List.of("pl")).build()),
                    CONTEXT,
                    Map.of());

            assertThat(options)
                    .extracting(MentorOption::mentorId, MentorOption::allowed)
                    .containsExactly(tuple("close", true), tuple("far", true), tuple("polish", false));
            // shared issue 20 + 25 years under 30 × 2 + 8 quarter-hours × 2 + same region 30 - first place 10
            assertThat(options.get(0).quality()).isEqualTo(20 + 50 + 16 + 30 - 10);
            assertThat(options.get(0).explanation())
                    .contains(
                            "Also share: grief",
                            "Same region: chicago-north",
                            "Ages 5 years apart",
                            "The mentor will hold 1 of 2 places");
            // 30 years apart: nothing for age; another region: nothing for region
            assertThat(options.get(1).quality()).isEqualTo(16 - 10);
            assertThat(options.get(2).breaches()).extracting(RuleBreach::rule).containsExactly("H3");
            assertThat(options.get(2).breaches().get(0).description())
                    .isEqualTo(check(participant("p"), mentor("polish").languages(List.of("pl")))
                            .get(0)
                            .description());
        }

        @Test
        void aMentorsHeldPlacesWeighAgainstThemAndAFullOneBreaksH8() {
            RuleContext context = new RuleContext(Fixtures.NOW, 60, Set.of(), Map.of("busy", 1, "full", 2));

            List<MentorOption> options = MatchingRules.options(
                    participant("p").build(),
                    List.of(mentor("busy").build(), mentor("full").build()),
                    context,
                    Map.of());

            // a second place adds 2² - 1² = 3 to the mentor's squared load
            assertThat(options.get(0).quality()).isEqualTo(50 + 16 + 30 - 30);
            assertThat(options.get(1).breaches()).extracting(RuleBreach::rule).containsExactly("H8");
        }
    }
}
