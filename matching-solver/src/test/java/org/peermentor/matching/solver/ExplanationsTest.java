package org.peermentor.matching.solver;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.matching.solver.Fixtures.daysAgo;
import static org.peermentor.matching.solver.Fixtures.mentor;
import static org.peermentor.matching.solver.Fixtures.mentorIn;
import static org.peermentor.matching.solver.Fixtures.participant;
import static org.peermentor.matching.solver.Fixtures.participantIn;
import static org.peermentor.matching.solver.Fixtures.slot;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.Overlap;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.Urgency;

class ExplanationsTest {

    @Test
    void aPairingSaysWhyThisMentorInPlainWords() {
        ParticipantProfile participant = participant("p")
                .primaryIssue("ALCOHOL_USE")
                .issues(List.of("ALCOHOL_USE", "ANXIETY"))
                .languages(List.of("es", "en"))
                .birthYear(1990)
                .registeredAt(daysAgo(12))
                .urgency(Urgency.HIGH)
                .formats(List.of(Format.ONLINE, Format.IN_PERSON))
                .availability(List.of(slot(TUESDAY, "18:00", "19:30")))
                .build();
        MentorProfile mentor = mentor("m")
                .livedExperience(List.of("ALCOHOL_USE"))
                .trainedFor(List.of("ANXIETY"))
                .languages(List.of("es", "pl"))
                .birthYear(1986)
                .formats(List.of(Format.IN_PERSON, Format.ONLINE, Format.PHONE))
                .availability(List.of(slot(TUESDAY, "17:00", "21:00")))
                .capacity(2)
                .build();

        ProposedPairing pairing = theOnlyPairing(participant, mentor);

        assertThat(pairing.explanation())
                .containsExactly(
                        "Has lived experience of alcohol use",
                        "Both speak Spanish (es)",
                        "They share 90 minutes a week",
                        "Can meet online or in person",
                        "Also share: anxiety",
                        "Same region: chicago-north",
                        "Ages 4 years apart",
                        "Waiting 12 days; high urgency",
                        "The mentor will hold 1 of 2 places");
        assertThat(pairing.sharedIssue()).isEqualTo("ALCOHOL_USE");
        assertThat(pairing.formats()).containsExactly(Format.ONLINE, Format.IN_PERSON);
        assertThat(pairing.overlaps())
                .containsExactly(new Overlap(slot(TUESDAY, "18:00", "19:30"), slot(TUESDAY, "18:00", "19:30"), 90));
    }

    @Test
    void aMentorTrainedButWithoutLivedExperienceIsSaidToBeTrained() {
        ParticipantProfile participant =
                participant("p").primaryIssue("GRIEF").issues(List.of("GRIEF")).build();
        MentorProfile mentor = mentor("m")
                .livedExperience(List.of("ANXIETY"))
                .trainedFor(List.of("GRIEF"))
                .build();

        ProposedPairing pairing = theOnlyPairing(participant, mentor);

        assertThat(pairing.explanation()).startsWith("Trained to support grief");
    }

    @Test
    void theWaitIsToldInFullThoughPriorityCountsAYearAtMost() {
        ProposedPairing pairing = theOnlyPairing(
                participant("p").registeredAt(daysAgo(400)).build(), mentor("m").build());

        assertThat(pairing.explanation()).contains("Waiting 400 days");
    }

    @Test
    void overlapsAreWrittenInEachPersonsOwnClock() {
        ParticipantProfile participant = participantIn("America/New_York", slot(THURSDAY, "12:00", "14:00"));
        MentorProfile mentor = mentorIn("Europe/Warsaw", slot(THURSDAY, "17:00", "19:00"));

        ProposedPairing pairing = theOnlyPairing(participant, mentor);

        assertThat(pairing.overlaps())
                .containsExactly(new Overlap(slot(THURSDAY, "12:00", "13:00"), slot(THURSDAY, "18:00", "19:00"), 60));
        assertThat(pairing.explanation()).contains("They share 60 minutes a week");
    }

    @Test
    void noExplanationOrReasonNamesAPersonOrTheirContactDetails() {
        MatchingProblem problem = Cohorts.cohort(7, 120, 40);

        MatchingResult result = Fixtures.solve(problem);

        List<String> personal = new ArrayList<>();
        problem.participants()
                .forEach(p -> personal.addAll(List.of(p.firstName(), p.lastName(), p.email(), p.phone())));
        problem.mentors().forEach(m -> personal.addAll(List.of(m.firstName(), m.lastName(), m.email(), m.phone())));
        List<String> words = new ArrayList<>();
        result.pairings().forEach(pairing -> words.addAll(pairing.explanation()));
        result.unmatched().forEach(unmatched -> words.addAll(unmatched.reasons()));
        assertThat(result.pairings()).isNotEmpty();
        assertThat(words).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(personal));
    }

    /** The pairing the solver proposes for one participant and one mentor. */
    private static ProposedPairing theOnlyPairing(ParticipantProfile participant, MentorProfile mentor) {
        return Fixtures.solve(Fixtures.problem(List.of(participant), List.of(mentor)))
                .pairings()
                .get(0);
    }
}
