package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingApproved;
import org.peermentor.notification.support.DeliveryLogLine;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.RunningNotification;

/**
 * Approvals arrive in bursts (a round approves many pairings at once) and are recorded, sent and marked in batches;
 * an event repeated inside a burst is still one delivery and one email.
 */
class BurstTest extends RunningNotification {

    @Test
    void aBurstOfApprovalsWithRepeatsEmailsEveryMentorOnce() {
        List<PairingFixture> pairings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Person participant = Person.participant();
            Person mentor = Person.mentor();
            register(participant, mentor);
            pairings.add(PairingFixture.of(participant, mentor));
        }

        for (PairingFixture pairing : pairings) {
            PairingApproved approved = pairing.approved();
            publish(approved);
            publish(approved);
        }

        for (PairingFixture pairing : pairings) {
            List<DeliveryLogLine> log = awaitPairingLog(pairing.id(), 1, "SENT");
            assertThat(log.get(0).attempts()).isEqualTo(1);
        }
        for (PairingFixture pairing : pairings) {
            assertThat(emailsTo(pairing.mentor().email())).hasSize(1);
        }
    }
}
