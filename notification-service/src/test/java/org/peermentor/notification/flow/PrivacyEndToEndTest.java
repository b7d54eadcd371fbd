package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.words.IssueWords;
import org.peermentor.devinbox.InboxMessage;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.RunningNotification;

/**
 * Hostile profiles, all the way from Kafka to SMTP: whatever the names hold, no email's subject names an issue,
 * no email carries a last name, a phone number, an issue code, the other person's address or matching's
 * explanation, HTML is escaped, and each email goes to its one recipient only.
 */
class PrivacyEndToEndTest extends RunningNotification {

    private static final List<String> ISSUE_CODES = IssueWords.BUILT_IN_CODES;
    private static final String LONG_NAME = "Maximiliana".repeat(40);
    private static final List<List<String>> HOSTILE_NAMES = List.of(
            List.of("<script>alert('x')</script>", "<b onmouseover=\"steal()\">Bea</b>"),
            List.of("Ana\r\nBcc: everyone@example.org", "Bea\nSubject: hello"),
            List.of(LONG_NAME, LONG_NAME),
            List.of("Zoë 李小龍 😀", "Ólafur \u202Eevil\u202C Þór"),
            List.of("O'Brien & \"Sons\"", "<img src=x onerror=alert(1)>"));

    @Test
    void hostileProfilesNeverLeakAnythingThroughEmail() {
        List<PairingFixture> pairings = new ArrayList<>();
        for (int i = 0; i < HOSTILE_NAMES.size(); i++) {
            Person participant = Person.participant()
                    .withFirstName(HOSTILE_NAMES.get(i).get(0))
                    .withLastName("Participantsurname" + i);
            Person mentor =
                    Person.mentor().withFirstName(HOSTILE_NAMES.get(i).get(1)).withLastName("Mentorsurname" + i);
            register(participant, mentor);
            PairingFixture pairing = PairingFixture.of(participant, mentor).withIssue(ISSUE_CODES.get(i * 2));
            publish(pairing.approved());
            publish(pairing.accepted());
            pairings.add(pairing);
        }

        for (PairingFixture pairing : pairings) {
            awaitPairingLog(pairing.id(), 2, "SENT");
            InboxMessage toMentor = emailsTo(pairing.mentor().email()).get(0);
            InboxMessage toParticipant = emailsTo(pairing.participant().email()).get(0);
            assertNothingLeaks(toMentor, pairing, pairing.mentor());
            assertNothingLeaks(toParticipant, pairing, pairing.participant());
        }
        InboxMessage unicode = emailsTo(pairings.get(3).mentor().email()).get(0);
        assertThat(unicode.text()).contains("Zoë 李小龍 😀 has been paired with you");
        assertThat(emailsTo(pairings.get(3).participant().email()).get(0).text())
                .contains("Ólafur evil Þór");
        assertThat(emailsTo(pairings.get(0).mentor().email()).get(0).html())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(emailsTo(pairings.get(2).mentor().email()).get(0).text()).contains("Maximiliana…");
    }

    private void assertNothingLeaks(InboxMessage email, PairingFixture pairing, Person recipient) {
        Person other = recipient == pairing.mentor() ? pairing.participant() : pairing.mentor();
        assertThat(email.to()).extracting(InboxMessage.Address::address).containsExactly(recipient.email());
        assertThat(email.cc()).isEmpty();
        assertThat(email.bcc()).isEmpty();
        IssueWords words = new IssueWords(Map.of());
        for (String code : ISSUE_CODES) {
            assertThat(email.subject()).doesNotContainIgnoringCase(code).doesNotContainIgnoringCase(words.of(code));
        }
        for (String body : List.of(email.text(), email.html())) {
            assertThat(body)
                    .doesNotContain(
                            pairing.participant().lastName(),
                            pairing.mentor().lastName(),
                            pairing.participant().phone(),
                            pairing.mentor().phone(),
                            other.email(),
                            "Lived experience",
                            LONG_NAME,
                            "\u202E");
            for (String code : ISSUE_CODES) {
                assertThat(body).doesNotContain(code);
            }
        }
        assertThat(email.html()).doesNotContain("<script", "<b onmouseover", "<img");
        assertThat(email.text().lines()).noneMatch(line -> line.startsWith("Bcc:") || line.startsWith("Subject:"));
    }
}
