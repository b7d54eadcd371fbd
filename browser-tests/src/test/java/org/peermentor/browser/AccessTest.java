package org.peermentor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peermentor.browser.support.Browser;
import org.peermentor.browser.support.ConsoleStack;
import org.peermentor.browser.support.IntakeApi;

/**
 * The console decides nothing itself: the services answer with the signed-in person's token, and the console shows
 * their refusals as pages in its own look.
 */
@ExtendWith(ConsoleStack.class)
class AccessTest {

    private final IntakeApi intake = new IntakeApi();

    @Test
    void aProgramManagerOfOneProgramDoesNotFindAPersonOfAnother() {
        String id = intake.registerParticipant("demo-wellbeing", "Gus", "Elsewhere");
        try (Browser browser = Browser.open()) {
            browser.signInAs("recovery-manager").go("/participants/" + id);

            assertThat(browser.title()).containsIgnoringCase("not found");
            assertThat(browser.text()).doesNotContain("Elsewhere");
            browser.check("not-found");

            browser.signOut().signInAs("manager").go("/participants/" + id);
            assertThat(browser.text()).contains("Gus Elsewhere");
        }
    }

    @Test
    void intakeStaffOnAProgramManagersPageAreRefused() {
        try (Browser browser = Browser.open()) {
            browser.signInAs("intake").go("/programs/demo-recovery");

            assertThat(browser.title()).containsIgnoringCase("not allowed");
            browser.check("forbidden");
        }
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        String id = intake.registerParticipant("demo-recovery", "Hal", "Forged");
        try (Browser browser = Browser.open()) {
            browser.signInAs("intake").go("/participants/" + id + "/edit");
            browser.driver()
                    .executeScript("document.querySelectorAll(\"input[name='_csrf']\").forEach(i => i.remove());");

            browser.type("lastName", "Changed").press("Save");

            assertThat(browser.title()).containsIgnoringCase("not allowed");
            browser.check("csrf-refused");
        }
        assertThat(intake.participant(id).path("lastName").asString()).isEqualTo("Forged");
    }
}
