package org.peermentor.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peermentor.notification.contact.Contact;
import org.peermentor.notification.contact.ContactBuilder;
import org.peermentor.notification.contact.Role;
import org.peermentor.notification.mail.EmailKind;

/** Whom to write to, decided when sending from what the contact directory knows then. */
class DecisionTest {

    private static final Contact ANA = contact("p-1", Role.PARTICIPANT, "Ana", "ana@example.org", "America/Chicago");
    private static final Contact BEA = contact("m-1", Role.MENTOR, "Bea", "bea@example.org", "Europe/Warsaw");

    @Test
    void aKnownConsentingRecipientWithAKnownPartnerIsWrittenTo() {
        assertThat(Decision.about(toParticipant(), Optional.of(ANA), Optional.of(BEA)))
                .isEqualTo(new Decision.Send(ANA, BEA));
    }

    @Test
    void aParticipantWithoutEmailConsentIsSkipped() {
        Contact noConsent =
                ContactBuilder.builder(ANA).contactByEmail(false).version(2).build();

        assertThat(Decision.about(toParticipant(), Optional.of(noConsent), Optional.of(BEA)))
                .isEqualTo(new Decision.Skip("NO_EMAIL_CONSENT", "ana@example.org"));
    }

    @Test
    void aMentorIsWrittenToWhateverTheirConsentFlagBecauseTheEmailIsHowTheyAnswer() {
        Contact mentor = ContactBuilder.builder(BEA).contactByEmail(false).build();

        assertThat(Decision.about(toMentor(), Optional.of(mentor), Optional.of(ANA)))
                .isInstanceOf(Decision.Send.class);
    }

    @Test
    void aWithdrawnRecipientIsSkipped() {
        Contact withdrawn =
                ContactBuilder.builder(BEA).version(2).withdrawn(true).build();

        assertThat(Decision.about(toMentor(), Optional.of(withdrawn), Optional.of(ANA)))
                .isEqualTo(new Decision.Skip("WITHDRAWN", "bea@example.org"));
    }

    @Test
    void aRecipientOrPartnerNotYetKnownIsWaitedFor() {
        assertThat(Decision.about(toMentor(), Optional.empty(), Optional.of(ANA)))
                .isEqualTo(new Decision.Wait("CONTACT_UNKNOWN"));
        assertThat(Decision.about(toMentor(), Optional.of(BEA), Optional.empty()))
                .isEqualTo(new Decision.Wait("PARTNER_UNKNOWN"));
    }

    @Test
    void newsThatNamesNobodyGoesToTheParticipantEvenWhenTheMentorIsGoneWhileAnIntroductionWaits() {
        Delivery backOnTheList = withKind(toParticipant(), EmailKind.BACK_ON_THE_LIST);
        Delivery introduction = withKind(toParticipant(), EmailKind.MENTOR_INTRODUCTION);

        assertThat(Decision.about(backOnTheList, Optional.of(ANA), Optional.empty()))
                .isEqualTo(new Decision.Send(ANA, null));
        assertThat(Decision.about(introduction, Optional.of(ANA), Optional.empty()))
                .isEqualTo(new Decision.Wait("PARTNER_UNKNOWN"));
    }

    @Test
    void aRecipientWithoutAnAddressFails() {
        Contact noAddress = ContactBuilder.builder(BEA).email(null).build();

        assertThat(Decision.about(toMentor(), Optional.of(noAddress), Optional.of(ANA)))
                .isEqualTo(new Decision.Fail("NO_EMAIL_ADDRESS"));
    }

    private static Delivery withKind(Delivery delivery, EmailKind kind) {
        return DeliveryBuilder.builder(delivery)
                .content(ContentBuilder.builder().kind(kind).build())
                .build();
    }

    private static Delivery toParticipant() {
        return delivery(Role.PARTICIPANT, "p-1", "m-1");
    }

    private static Delivery toMentor() {
        return delivery(Role.MENTOR, "m-1", "p-1");
    }

    private static Delivery delivery(Role role, String recipientId, String partnerId) {
        Instant now = Instant.parse("2026-03-03T09:00:00Z");
        return DeliveryBuilder.builder()
                .id("e-1." + role.name().toLowerCase())
                .eventId("e-1")
                .pairingId("pr-1")
                .programId("recovery-north")
                .type("PairingApproved")
                .recipientRole(role)
                .recipientId(recipientId)
                .partnerId(partnerId)
                .status(DeliveryStatus.PENDING)
                .createdAt(now)
                .nextAttemptAt(now)
                .build();
    }

    /** A consenting contact of "recovery-north" at version 1, English-speaking as far as mail knows (no languages). */
    private static Contact contact(String id, Role role, String firstName, String email, String timezone) {
        return ContactBuilder.builder()
                .id(id)
                .role(role)
                .programId("recovery-north")
                .firstName(firstName)
                .email(email)
                .timezone(timezone)
                .contactByEmail(true)
                .version(1)
                .languages(List.of())
                .build();
    }
}
