package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingCheckInDue;
import org.peermentor.devinbox.InboxMessage;
import org.peermentor.notification.support.DeliveryLogLine;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.RunningNotification;
import org.peermentor.notification.support.TestSettings;

/**
 * Over the real topics and SMTP, the emails that follow a pairing: a check-in reaches each side once with their
 * own link, however often the event comes, in each one's language; a reminder carries the request's link; an
 * ending thanks the mentor and tells a consenting participant, kindly and without the reason, what happens next.
 */
class FollowUpEmailTest extends RunningNotification {

    private static final String GROUP = "notification-service";

    @Test
    void aCheckInSendsEachSideOneEmailWithTheirOwnLinkAndARedeliveredEventSendsNothingAgain() {
        Person ana = Person.participant();
        Person bea = Person.mentor();
        PairingFixture pairing = registered(ana, bea);
        PairingCheckInDue checkIn = pairing.checkInDue(1);

        publish(checkIn);
        awaitPairingLog(pairing.id(), 2, "SENT");
        RecordMetadata again = publish(checkIn);
        awaitConsumed(GROUP, again);

        InboxMessage toMentor = single(emailsTo(bea.email()));
        InboxMessage toParticipant = single(emailsTo(ana.email()));
        assertThat(toMentor.subject()).isEqualTo("How is your mentoring going?");
        assertThat(toParticipant.subject()).isEqualTo("How is it going with your peer mentor?");
        assertAsked(toMentor, checkIn, checkIn.mentorToken(), checkIn.participantToken(), "11:00");
        assertAsked(toParticipant, checkIn, checkIn.participantToken(), checkIn.mentorToken(), "04:00");
        assertThat(deliveryLog("pairingId=" + pairing.id()))
                .extracting(DeliveryLogLine::type, DeliveryLogLine::status, DeliveryLogLine::attempts)
                .containsOnly(tuple("PairingCheckInDue", "SENT", 1))
                .hasSize(2);
    }

    @Test
    void aSpanishSpeakingParticipantIsAskedInSpanishAndAMentorWhoseLanguagesAreNotWrittenInEnglish() {
        Person ana = Person.participant().withLanguages(List.of("es-MX"));
        Person bea = Person.mentor().withLanguages(List.of("pl", "uk"));
        PairingFixture pairing = registered(ana, bea);

        publish(pairing.checkInDue(2));

        InboxMessage toParticipant = awaitEmailsTo(ana.email(), 1).get(0);
        InboxMessage toMentor = awaitEmailsTo(bea.email(), 1).get(0);
        assertThat(toParticipant.subject()).isEqualTo("¿Qué tal con tu mentor o mentora?");
        assertThat(toParticipant.text())
                .contains("Hola " + ana.firstName() + ":")
                .contains("Puedes responder hasta el jueves 16 de abril de 2026, 04:00 (tu hora).")
                .doesNotContain("Hello", "Thursday", "April");
        assertThat(toMentor.subject()).isEqualTo("How is your mentoring going?");
        assertThat(toMentor.text()).contains("Hello " + bea.firstName() + ",", "Thursday 16 April 2026, 11:00");
    }

    @Test
    void aReminderAsksTheMentorAgainWithTheLinkOfTheRequest() {
        Person ana = Person.participant();
        Person bea = Person.mentor();
        PairingFixture pairing = registered(ana, bea);

        publish(pairing.reminderDue("token-of-the-request"));

        InboxMessage reminder = awaitEmailsTo(bea.email(), 1).get(0);
        assertThat(reminder.subject()).isEqualTo("A reminder: a new mentee is waiting for your answer");
        assertThat(reminder.text())
                .contains(TestSettings.MATCHING_BASE_URL + "/api/pairings/" + pairing.id()
                        + "/response?token=token-of-the-request")
                .contains("declining is fine");
        assertThat(emailsTo(ana.email())).isEmpty();
    }

    @Test
    void anEndingThanksTheMentorAndLeavesAParticipantWithoutEmailConsentAlone() {
        Person ana = Person.participant().withEmailConsent(false);
        Person bea = Person.mentor();
        PairingFixture pairing = registered(ana, bea);

        publish(pairing.ended(true));

        assertThat(awaitPairingLog(pairing.id(), 2, "SENT", "SKIPPED_NO_CONSENT"))
                .extracting(DeliveryLogLine::recipientRole, DeliveryLogLine::status)
                .containsExactlyInAnyOrder(tuple("MENTOR", "SENT"), tuple("PARTICIPANT", "SKIPPED_NO_CONSENT"));
        InboxMessage thanks = single(emailsTo(bea.email()));
        assertThat(thanks.subject()).isEqualTo("Thank you for your time as a peer mentor");
        assertThat(thanks.text()).contains(ana.firstName() + " and you").doesNotContain("moved away", ana.lastName());
        assertThat(emailsTo(ana.email())).isEmpty();
    }

    @Test
    void aParticipantWhoseRequestExpiredIsToldTheyAreBackOnTheListWithoutTheMentorsName() {
        Person ana = Person.participant();
        Person bea = Person.mentor().withFirstName("Beatriz");
        PairingFixture pairing = registered(ana, bea);

        publish(pairing.expired());

        InboxMessage update = awaitEmailsTo(ana.email(), 1).get(0);
        assertThat(update.subject()).isEqualTo("An update from your peer support program");
        assertThat(update.text())
                .contains("You are back on our list", "nobody's fault")
                .doesNotContain("Beatriz", "expired");
        assertThat(emailsTo(bea.email())).isEmpty();
    }

    @Test
    void aParticipantIsToldTheyAreBackOnTheListEvenWhenTheirMentorWasErasedMeanwhile() {
        Person ana = Person.participant();
        Person bea = Person.mentor();
        register(bea);
        PairingFixture pairing = PairingFixture.of(ana, bea);
        publish(pairing.ended(true));
        awaitDeliveryLog(
                "pairingId=" + pairing.id(),
                lines -> lines.stream().anyMatch(line -> "CONTACT_UNKNOWN".equals(line.reason())));

        awaitConsumed(GROUP, erase(bea));
        register(ana);

        InboxMessage update = awaitEmailsTo(ana.email(), 1).get(0);
        assertThat(update.text()).contains("You are back on our list").doesNotContain(bea.firstName());
        assertThat(awaitPairingLog(pairing.id(), 2, "SENT", "SKIPPED_NO_CONSENT"))
                .extracting(DeliveryLogLine::recipientRole, DeliveryLogLine::status, DeliveryLogLine::reason)
                .containsExactlyInAnyOrder(
                        tuple("MENTOR", "SKIPPED_NO_CONSENT", "ERASED"), tuple("PARTICIPANT", "SENT", null));
    }

    private List<DeliveryLogLine> awaitPairingLog(String pairingId, int count, String... finalStatuses) {
        return awaitDeliveryLog(
                "pairingId=" + pairingId,
                lines -> lines.size() == count
                        && lines.stream()
                                .allMatch(line -> List.of(finalStatuses).contains(line.status())));
    }

    /** Asked with their own link only, until the answer date on their own clock, and told the answer is private. */
    private static void assertAsked(
            InboxMessage email, PairingCheckInDue checkIn, String own, String other, String at) {
        String link = TestSettings.MATCHING_BASE_URL + "/api/checkins/" + checkIn.checkInId() + "?token=";
        assertThat(email.text())
                .contains(link + own, "You can answer until Thursday 16 April 2026, " + at + " (your time).")
                .contains("private to your program's staff")
                .doesNotContain(other);
        assertThat(email.html()).contains("href=\"" + link + own + "\"");
    }

    private static InboxMessage single(List<InboxMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
