package org.peermentor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peermentor.browser.support.Browser;
import org.peermentor.browser.support.ConsoleStack;
import org.peermentor.browser.support.IntakeApi;
import org.peermentor.browser.support.MatchingApi;

/** A person's page: their status as pairings move it, and the two ways out, each asked first. */
@ExtendWith(ConsoleStack.class)
class PersonPageTest {

    private final IntakeApi intake = new IntakeApi();
    private final MatchingApi matching = new MatchingApi();

    @Test
    void theStatusFollowsThePairingWithoutReloadingThePage() {
        String program = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        intake.nameProgram(program, "Browser status");
        intake.registerMentor(program, "Mia", "Mentor");
        String participant = intake.registerParticipant(program, "Pat", "Waiting");
        try (Browser browser = Browser.open()) {
            browser.signInAs("intake")
                    .go("/participants/" + participant)
                    .awaitText("Waiting for a mentor")
                    .check("participant-waiting")
                    .mark();

            String pairing = matching.proposalFor(program, participant);
            browser.awaitText("Mentor proposed", Duration.ofSeconds(30));
            matching.approve(pairing);
            browser.awaitText("Matched", Duration.ofSeconds(30));

            assertThat(browser.stillMarked())
                    .as("the status changed in place, without a reload")
                    .isTrue();
        }
    }

    @Test
    void withdrawingAsksFirstAndSaysWhatWillHappen() {
        String id = intake.registerParticipant("demo-recovery", "Wes", "Leaving");
        try (Browser browser = Browser.open()) {
            browser.signInAs("intake").go("/participants/" + id).follow("Withdraw");

            assertThat(browser.text()).contains("Wes Leaving will no longer be matched");
            assertThat(intake.participant(id).path("status").asString())
                    .as("nothing changed yet")
                    .isEqualTo("WAITING");
            browser.check("withdraw-confirmation");

            browser.press("Withdraw Wes Leaving");
            browser.awaitText("Withdrawn");
        }
        assertThat(intake.participant(id).path("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void erasingAsksFirstAndCannotBeUndone() {
        String id = intake.registerParticipant("demo-recovery", "Eli", "Erased");
        try (Browser browser = Browser.open()) {
            browser.signInAs("intake").go("/participants/" + id).follow("Erase");

            assertThat(browser.text()).contains("cannot be undone");
            browser.check("erase-confirmation");

            browser.press("Erase for good");
            browser.awaitText("erased");
        }
        assertThat(intake.participantExists(id)).isFalse();
    }

    @Test
    void aProgramManagerSeesTheProgramsAndAPersonsAuditTrail() {
        String id = intake.registerParticipant("demo-recovery", "Ada", "Audited");
        try (Browser browser = Browser.open()) {
            browser.signInAs("manager").go("/programs").check("programs");
            browser.go("/programs/demo-recovery").check("program");

            browser.go("/participants/" + id);

            assertThat(browser.text())
                    .contains("Who read or changed this record")
                    .contains("Max Manager");
            browser.check("participant-page-manager");
        }
    }
}
