package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.notification.support.DeliveryLogLine;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.RunningNotification;

/**
 * The profile topics and the pairing topic are read independently (after a start, one consumer may be given its
 * partitions seconds before the other), so an approval can arrive before the profiles it needs. The delivery waits,
 * and waiting is not an attempt: the log counts the times the email was handed to SMTP.
 */
class LateProfileTest extends RunningNotification {

    @Test
    void anApprovalThatArrivesBeforeTheProfilesWaitsAndIsSentOnItsFirstAttempt() {
        Person ana = Person.participant();
        Person bea = Person.mentor();
        PairingFixture pairing = PairingFixture.of(ana, bea);

        publish(pairing.approved());
        awaitDeliveryLog(
                "pairingId=" + pairing.id(),
                log -> log.size() == 1
                        && "PENDING".equals(log.get(0).status())
                        && "CONTACT_UNKNOWN".equals(log.get(0).reason()));
        register(ana, bea);

        List<DeliveryLogLine> log = awaitPairingLog(pairing.id(), 1, "SENT");
        assertThat(log.get(0))
                .extracting(DeliveryLogLine::attempts, DeliveryLogLine::reason)
                .containsExactly(1, null);
        assertThat(emailsTo(bea.email())).hasSize(1);
    }
}
