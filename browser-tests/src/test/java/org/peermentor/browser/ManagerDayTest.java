package org.peermentor.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peermentor.browser.support.Browser;
import org.peermentor.browser.support.ConsoleStack;
import org.peermentor.browser.support.IntakeApi;
import org.peermentor.browser.support.ManagerDesk;
import org.peermentor.devinbox.InboxMessage;

/**
 * A program manager's day in the console, over the whole system: the dashboard, a round started and followed, its
 * proposals approved, rejected with a reason and approved together, the mentor's email in the inbox, a pairing by
 * hand that a rule forbids, and a pairing's history and delivery log. Another program's manager finds nothing.
 */
@ExtendWith(ConsoleStack.class)
class ManagerDayTest {

    private static final Duration A_ROUND = Duration.ofSeconds(60);

    private final IntakeApi intake = new IntakeApi();
    private final ManagerDesk desk = new ManagerDesk();

    @Test
    void aManagerRunsARoundReviewsItsProposalsAndPairsByHand() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String program = quietProgram("day-" + tag, "Manager day " + tag);
        Map<String, String> mentorEmails = new HashMap<>();
        for (String name : List.of("Moss", "Nash")) {
            String id = intake.registerMentor(program, name.equals("Moss") ? "Mia" : "Noa", name + tag);
            mentorEmails.put(id, (name + tag).toLowerCase() + "@example.org");
        }
        List<String> participants = new ArrayList<>();
        for (String first : List.of("Ana", "Ben", "Cy", "Dee", "Eli")) {
            participants.add(intake.registerParticipant(program, first, "Day" + tag));
        }
        desk.awaitWaiting(program, participants);
        desk.awaitMentors(participants.get(0), 2);

        try (Browser browser = Browser.open()) {
            browser.signInAs("manager").go("/programs/" + program);
            assertThat(browser.text()).contains("5 still need a mentor", "4 free mentor places", "No round has run");
            browser.check("dashboard-before-round");

            browser.press("Start a round");
            assertThat(browser.url()).contains("/programs/" + program + "/rounds/");
            browser.mark().awaitText("Completed: 4 paired, 1 left waiting.", A_ROUND);
            assertThat(browser.stillMarked())
                    .as("the results replaced the progress in place")
                    .isTrue();
            assertThat(browser.text()).contains("Left waiting", "Why nobody fits");
            browser.check("round-completed");

            browser.follow("Back to the program");
            List<String> proposals = browser.all("li.proposal[data-pairing-id]").stream()
                    .map(proposal -> proposal.getAttribute("data-pairing-id"))
                    .toList();
            assertThat(proposals).hasSize(4);
            browser.check("dashboard-proposals");

            String approved = proposals.get(0);
            String approvedParticipant = firstName(browser, approved);
            String approvedMentorEmail = mentorEmails.get(idFrom(browser, approved, "/mentors/"));
            submitWithin(browser, approved, "form[action$='/approve'] button");
            browser.awaitText("Approved: " + approvedParticipant + " with ");

            String rejected = proposals.get(1);
            String rejectedParticipantId = idFrom(browser, rejected, "/participants/");
            String rejectedMentorId = idFrom(browser, rejected, "/mentors/");
            browser.one("#reason-" + rejected).sendKeys("The mentor is away in January");
            submitWithin(browser, rejected, "form[action$='/reject'] button");
            browser.awaitText("Rejected: ");

            browser.choose("pairingId", proposals.get(2))
                    .choose("pairingId", proposals.get(3))
                    .press("Approve selected");
            browser.awaitText("Approved 2 of 2 selected proposals.");
            assertThat(browser.all("li.proposal[data-pairing-id]")).isEmpty();
            assertThat(browser.all("#waiting a[href$='/participants/" + rejectedParticipantId + "/pair']"))
                    .as("the rejected participant waits again, with a way to pair them by hand")
                    .hasSize(1);
            browser.check("dashboard-reviewed");
            screenshotOf(browser, "#waiting-heading", "dashboard-waiting-list");

            InboxMessage email = await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> ConsoleStack.inbox().stream()
                                    .filter(message -> message.to().stream()
                                            .anyMatch(to -> to.address().equals(approvedMentorEmail)))
                                    .filter(message -> message.text() != null
                                            && message.text().contains(approvedParticipant))
                                    .findFirst()
                                    .orElse(null),
                            found -> found != null);
            assertThat(email.subject()).doesNotContainIgnoringCase("grief");

            WebElement pairByHand = browser.one("#waiting a[href$='/participants/" + rejectedParticipantId + "/pair']");
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", pairByHand);
            pairByHand.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.stalenessOf(pairByHand));
            assertThat(browser.text()).contains("Mentors a rule forbids", "H7");
            browser.check("manual-pairing-options");
            browser.choose("mentorId", rejectedMentorId).press("Pair them");
            assertThat(browser.text()).contains("Not paired", "H7: This pair was rejected or declined before");
            browser.check("manual-pairing-refused");

            browser.go("/pairings/" + approved);
            assertThat(browser.text()).contains("History", "Approved the proposal", "(manager)");
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        browser.go("/pairings/" + approved);
                        return browser.text().contains("Asks the mentor to accept")
                                && browser.text().contains("Sent");
                    });
            assertThat(browser.text()).contains("The mentor").doesNotContain(approvedMentorEmail);
            browser.check("pairing-history-and-emails");
            screenshotOf(browser, "#history-heading", "pairing-history-and-emails-below");

            browser.signOut().signInAs("recovery-manager").go("/programs/" + program);
            assertThat(browser.title()).containsIgnoringCase("not found");
            assertThat(browser.text()).doesNotContain("Manager day");
            browser.check("dashboard-other-program");
        }
    }

    @Test
    void theDashboardShowsANewRoundsProposalsWithoutBeingReloaded() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String program = quietProgram("live-" + tag, "Live " + tag);
        intake.registerMentor(program, "Lou", "Live" + tag);
        String participant = intake.registerParticipant(program, "Kim", "Live" + tag);
        desk.awaitWaiting(program, List.of(participant));
        desk.awaitMentors(participant, 1);

        try (Browser browser = Browser.open()) {
            browser.signInAs("manager")
                    .go("/programs/" + program)
                    .awaitText("No proposal is waiting for review.")
                    .mark();

            desk.startRound(program);

            browser.awaitText("Kim with Lou", A_ROUND).awaitText("The last round completed");
            assertThat(browser.stillMarked())
                    .as("the sections were drawn again in place")
                    .isTrue();
            assertThat(browser.all("li.proposal[data-pairing-id]")).hasSize(1);
            browser.check("dashboard-updated-in-place");
        }
    }

    /** A new program of its own where no round starts by itself: every round in the story is one the test starts. */
    private String quietProgram(String programId, String displayName) {
        intake.nameProgram(programId, displayName);
        desk.settleFor(programId, 3600);
        return programId;
    }

    /** A second screenshot further down a long page, for people to look at (the checks ran on the whole page). */
    private static void screenshotOf(Browser browser, String css, String name) {
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.one(css));
        browser.screenshot(name);
    }

    /** The first name the proposal's heading gives its participant. */
    private static String firstName(Browser browser, String pairingId) {
        return browser.one("li[data-pairing-id='" + pairingId + "'] h3 a[href*='/participants/']")
                .getText();
    }

    /** The id at the end of the proposal's link to a person page ({@code /participants/} or {@code /mentors/}). */
    private static String idFrom(Browser browser, String pairingId, String people) {
        String href = browser.one("li[data-pairing-id='" + pairingId + "'] h3 a[href*='" + people + "']")
                .getAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    /** Clicks a button of one proposal's own forms, and waits for the page it is sent back to. */
    private static void submitWithin(Browser browser, String pairingId, String button) {
        WebElement target = browser.one("li[data-pairing-id='" + pairingId + "'] " + button);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
        target.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(target));
    }
}
