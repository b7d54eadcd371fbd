package org.peermentor.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingStatus;

/** How a manager reads an accepted pairing from its check-ins. */
class PairingHealthTest {

    private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void beforeAnyCheckInItIsTooEarly() {
        assertThat(health(0)).isEqualTo(Health.TOO_EARLY);
    }

    @Test
    void oneUnansweredCheckInIsStillTooEarlyButTwoInARowIsQuiet() {
        assertThat(health(1)).isEqualTo(Health.TOO_EARLY);
        assertThat(health(2)).isEqualTo(Health.QUIET);
        assertThat(health(3, answer(1, CheckInRole.MENTOR, CheckInReply.GOING_WELL)))
                .isEqualTo(Health.QUIET);
    }

    @Test
    void anAnswerOnEitherOfTheLastTwoCheckInsIsOnTrack() {
        assertThat(health(1, answer(1, CheckInRole.PARTICIPANT, CheckInReply.GOING_WELL)))
                .isEqualTo(Health.ON_TRACK);
        assertThat(health(2, answer(1, CheckInRole.MENTOR, CheckInReply.NOT_MET)))
                .isEqualTo(Health.ON_TRACK);
    }

    @Test
    void notAFitNotSureTwiceOrAskingForANewMentorNeedsAttention() {
        assertThat(health(1, answer(1, CheckInRole.MENTOR, CheckInReply.NOT_A_FIT)))
                .isEqualTo(Health.NEEDS_ATTENTION);
        assertThat(health(
                        2,
                        answer(1, CheckInRole.PARTICIPANT, CheckInReply.NOT_SURE),
                        answer(2, CheckInRole.MENTOR, CheckInReply.NOT_SURE)))
                .isEqualTo(Health.NEEDS_ATTENTION);
        assertThat(health(1, answer(1, CheckInRole.PARTICIPANT, CheckInReply.NOT_SURE)))
                .isEqualTo(Health.ON_TRACK);
        CheckInAnswer asksForAnother = CheckInAnswerBuilder.builder(
                        answer(1, CheckInRole.PARTICIPANT, CheckInReply.NOT_A_FIT))
                .wantsNewMentor(true)
                .build();
        assertThat(health(4, asksForAnother)).isEqualTo(Health.NEEDS_ATTENTION);
    }

    @Test
    void onlyAnAcceptedPairingHasAHealth() {
        FollowUp answered =
                FollowUpBuilder.builder(FollowUp.NONE).checkInsSent(2).build();
        assertThat(PairingHealth.of(PairingStatus.ENDED, answered)).isNull();
        assertThat(PairingHealth.of(PairingStatus.APPROVED, FollowUp.NONE)).isNull();
    }

    private static Health health(int sent, CheckInAnswer... answers) {
        FollowUp followUp = FollowUpBuilder.builder(FollowUp.NONE)
                .checkInsSent(sent)
                .answers(List.of(answers))
                .build();
        return PairingHealth.of(PairingStatus.ACCEPTED, followUp);
    }

    private static CheckInAnswer answer(int number, CheckInRole role, CheckInReply reply) {
        return new CheckInAnswer(number, role, reply, null, false, AT);
    }
}
