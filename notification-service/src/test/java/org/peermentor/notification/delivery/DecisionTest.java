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

    private static final Contact ANA = new Contact(
            "p-1",
            Role.PARTICIPANT,
            "recovery-north",
            "Ana",
            "ana@example.org",
            "America/Chicago",
            true,
            1,
            false,
            List.of());
    private static final Contact BEA = new Contact(
            "m-1", Role.MENTOR, "recovery-north", "Bea", "bea@example.org", "Europe/Warsaw", true, 1, false, List.of());

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
        return new Delivery(
                "e-1." + role.name().toLowerCase(),
                "e-1",
                "pr-1",
                "recovery-north",
                "PairingApproved",
                role,
                recipientId,
                partnerId,
                null,
                DeliveryStatus.PENDING,
                0,
                0,
                0,
                now,
                now,
                null,
                null,
                null);
    }
}
