package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.devinbox.InboxMessage;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.RunningNotification;

/**
 * Over the real topics and SMTP: each person is written to in the first of their profile's languages the program
 * writes in, whoever the other person is; English when none of their languages is one of those.
 */
class EmailLanguageTest extends RunningNotification {

    @Test
    void aSpanishSpeakingMentorIsAskedInSpanishAndTheirEnglishSpeakingMenteeIsWelcomedInEnglish() {
        Person ana = Person.participant().withLanguages(List.of("en", "es"));
        Person bea = Person.mentor().withLanguages(List.of("es-MX", "en"));
        PairingFixture pairing = PairingFixture.of(ana, bea);
        register(ana, bea);

        publish(pairing.approved());
        InboxMessage request = awaitEmailsTo(bea.email(), 1).get(0);
        publish(pairing.accepted());
        InboxMessage introduction = awaitEmailsTo(ana.email(), 1).get(0);

        assertThat(request.subject()).isEqualTo("Una persona nueva quiere conocerte");
        assertThat(request.text())
                .contains("Hola " + bea.firstName() + ":", "el consumo de alcohol", "los miércoles, 01:00–02:00");
        assertThat(introduction.subject()).isEqualTo("Meet your peer mentor");
        assertThat(introduction.text()).contains("Hello " + ana.firstName() + ",");
    }

    @Test
    void aMentorWhoseLanguagesTheProgramDoesNotWriteInIsAskedInEnglish() {
        Person ana = Person.participant().withLanguages(List.of("es"));
        Person bea = Person.mentor().withLanguages(List.of("pl", "uk"));
        PairingFixture pairing = PairingFixture.of(ana, bea);
        register(ana, bea);

        publish(pairing.approved());

        InboxMessage request = awaitEmailsTo(bea.email(), 1).get(0);
        assertThat(request.subject()).isEqualTo("A new mentee would like to meet you");
        assertThat(request.text()).contains("Hello " + bea.firstName() + ",", "alcohol use");
    }
}
