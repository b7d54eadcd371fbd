package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.notification.support.DeliveryLogLine;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.RunningNotification;

/** An SMTP outage delays mail and loses none: deliveries wait as PENDING, retry, and each email arrives exactly once. */
class SmtpOutageTest extends RunningNotification {

    @Test
    void emailsForEventsThatArriveWhileSmtpIsDownAreSentOnceItIsBack() {
        List<Person> mentors = new ArrayList<>();
        List<PairingFixture> pairings = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Person participant = Person.participant();
            Person mentor = Person.mentor();
            register(participant, mentor);
            mentors.add(mentor);
            pairings.add(PairingFixture.of(participant, mentor));
        }
        mail().stop();
        try {
            pairings.forEach(pairing -> publish(pairing.approved()));

            for (PairingFixture pairing : pairings) {
                // waiting and retrying: PENDING after more than one attempt, with the SMTP failure as the reason
                awaitDeliveryLog(
                        "pairingId=" + pairing.id(),
                        log -> log.size() == 1
                                && "PENDING".equals(log.get(0).status())
                                && log.get(0).attempts() >= 2
                                && "SMTP_ERROR".equals(log.get(0).reason()));
            }
        } finally {
            mail().start();
        }

        for (int i = 0; i < pairings.size(); i++) {
            List<DeliveryLogLine> log = awaitPairingLog(pairings.get(i).id(), 1, "SENT");
            assertThat(log.get(0).sentAt()).isNotNull();
            assertThat(emailsTo(mentors.get(i).email())).hasSize(1);
        }
    }
}
