package org.peermentor.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.PairingEnded;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Topics;
import org.peermentor.matching.round.RoundView;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.testkit.TopicProbe;

/**
 * A person who leaves the program (withdraws) takes their open pairings with them: the mentor's place is free again,
 * and a participant whose mentor left waits for another. Nobody needs to end those pairings by hand.
 */
class LeavingTest extends RunningMatching {

    @Test
    void aParticipantWhoWithdrawsEndsTheirMentorshipAndFreesTheMentorsPlace() {
        ParticipantProfile ana = anaAndMia().participant();
        String accepted = accepted(proposals(1).get(0));
        awaitReplica(0, 0);

        cohort.withdraw(ana);

        awaitStatus(accepted, PairingStatus.ENDED);
        assertThat(pairing(accepted).reason()).isEqualTo(PairingService.PARTICIPANT_LEFT);
        PairingEnded ended = (PairingEnded) lastEvent(accepted, "PairingEnded");
        assertThat(ended.rematch()).isFalse();
        awaitReplica(0, 1);
    }

    @Test
    void aMentorWhoWithdrawsSendsEveryMenteeBackToWaitingAndTheirUnansweredLinkStopsWorking() {
        cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        cohort.publish(cohort.participant("Bo", "es", "GRIEF"));
        MentorProfile mia = cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 2));
        awaitReplica(2, 2);
        List<String> proposed = proposals(2);
        String accepted = accepted(proposed.get(0));
        String approved = proposed.get(1);
        post("/api/pairings/{id}/approve", approved).expectStatus().isOk();
        String unansweredLink = mentorLink(approved);

        cohort.withdraw(mia);

        awaitStatus(accepted, PairingStatus.ENDED);
        awaitStatus(approved, PairingStatus.DECLINED);
        PairingView ended = pairing(accepted);
        assertThat(ended.reason()).isEqualTo(PairingService.MENTOR_LEFT);
        assertThat(ended.rematch()).isTrue();
        assertThat(pairing(approved).reason()).isEqualTo(PairingService.MENTOR_LEFT);
        assertThat(lastEvent(accepted, "PairingEnded").pairing().participantStatus())
                .isEqualTo(ProfileStatus.WAITING);
        assertThat(lastEvent(approved, "PairingDeclined").pairing().participantStatus())
                .isEqualTo(ProfileStatus.WAITING);
        post("/api/pairings/{id}/accept?token={t}", approved, unansweredLink)
                .expectStatus()
                .isForbidden();
        assertThat(pairing(approved).status()).isEqualTo(PairingStatus.DECLINED);
        awaitReplica(2, 0);
    }

    @Test
    void aWithdrawnParticipantsProposalIsSupersededAndAReplayedWithdrawalChangesNothingMore() {
        ParticipantProfile ana = anaAndMia().participant();
        String proposal = proposals(1).get(0);

        ParticipantProfile withdrawn = cohort.withdraw(ana);
        awaitStatus(proposal, PairingStatus.SUPERSEDED);
        long version = pairing(proposal).version();
        cohort.withdraw(ana); // the same withdrawal again
        cohort.publish(withdrawn);
        awaitReplica(0, 1);

        assertPairing(proposal, PairingStatus.SUPERSEDED, version);
    }

    private List<String> proposals(int count) {
        List<RoundView.Pairing> pairings = round(null).pairings();
        assertThat(pairings).hasSize(count);
        return pairings.stream().map(RoundView.Pairing::id).toList();
    }

    /** Approves the proposal and has the mentor accept it through their link. */
    private String accepted(String proposal) {
        post("/api/pairings/{id}/approve", proposal).expectStatus().isOk();
        post("/api/pairings/{id}/accept?token={t}", proposal, mentorLink(proposal))
                .expectStatus()
                .isOk();
        return proposal;
    }

    private void awaitStatus(String pairingId, PairingStatus status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> pairing(pairingId).status() == status);
    }

    private PairingEvent lastEvent(String pairingId, String type) {
        try (TopicProbe events = new TopicProbe(bootstrapServers(), Topics.PAIRING_EVENTS)) {
            List<ConsumerRecord<String, byte[]>> records = events.awaitRecords(
                    pairingId,
                    found -> found.stream().anyMatch(r -> type.equals(TopicProbe.header(r, CloudEventHeaders.TYPE))));
            ConsumerRecord<String, byte[]> last = records.stream()
                    .filter(r -> type.equals(TopicProbe.header(r, CloudEventHeaders.TYPE)))
                    .reduce((first, second) -> second)
                    .orElseThrow();
            return EventJson.readPairingEvent(type, last.value());
        }
    }
}
