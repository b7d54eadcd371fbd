package org.peermentor.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.matching.pairing.CheckInReply.GOING_WELL;
import static org.peermentor.matching.pairing.CheckInReply.NOT_A_FIT;
import static org.peermentor.matching.pairing.CheckInReply.NOT_MET;
import static org.peermentor.matching.pairing.CheckInReply.NOT_SURE;
import static org.peermentor.matching.pairing.CheckInRole.MENTOR;
import static org.peermentor.matching.pairing.CheckInRole.PARTICIPANT;

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
        assertThat(health(3, answer(1, MENTOR, GOING_WELL))).isEqualTo(Health.QUIET);
    }

    @Test
    void anAnswerOnEitherOfTheLastTwoCheckInsIsOnTrack() {
        assertThat(health(1, answer(1, PARTICIPANT, GOING_WELL))).isEqualTo(Health.ON_TRACK);
        assertThat(health(2, answer(1, MENTOR, NOT_MET))).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void notAFitNotSureTwiceOrAskingForANewMentorNeedsAttention() {
        assertThat(health(1, answer(1, MENTOR, NOT_A_FIT))).isEqualTo(Health.NEEDS_ATTENTION);
        assertThat(health(2, answer(1, PARTICIPANT, NOT_SURE), answer(2, MENTOR, NOT_SURE)))
                .isEqualTo(Health.NEEDS_ATTENTION);
        assertThat(health(1, answer(1, PARTICIPANT, NOT_SURE))).isEqualTo(Health.ON_TRACK);
        CheckInAnswer asksForAnother = CheckInAnswerBuilder.builder(answer(1, PARTICIPANT, NOT_A_FIT))
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
