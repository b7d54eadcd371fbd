package org.peermentor.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.peermentor.browser.support.Browser;
import org.peermentor.browser.support.ConsoleStack;
import org.peermentor.browser.support.IntakeApi;
import org.peermentor.browser.support.MatchingApi;

/**
 * A program manager tunes matching: tries weights that swap two mentors and sees exactly that beside the last
 * round, saves them for the next round, and reads where mentors are missing in the report's charts.
 */
@ExtendWith(ConsoleStack.class)
class ManagerTuningTest {

    private final IntakeApi intake = new IntakeApi();
    private final MatchingApi matching = new MatchingApi();

    @Test
    void weighingRegionOverAgeShowsTheTwoSwappedMentorsThenSavesAndTheReportShowsItsChart() {
        String program = "tuning-" + UUID.randomUUID().toString().substring(0, 8);
        intake.nameProgram(program, "Tuning " + program.substring(7));
        // no automatic round in between: the last real round is the one this test runs
        matching.changeSettings(program, "{\"settleTimeSeconds\": 3600}");
        // Ana and Bo are each born the same year as one mentor and live in the region of the other; nobody fits Cy
        String ana = intake.registerParticipant(program, "Ana", "Tuning", "GRIEF", "north", 1990);
        String bo = intake.registerParticipant(program, "Bo", "Tuning", "GRIEF", "south", 1960);
        intake.registerParticipant(program, "Cy", "Tuning", "OPIOID_USE", "north", 1975);
        String mia = intake.registerMentor(program, "Mia", "South", "south", 1990);
        String ned = intake.registerMentor(program, "Ned", "North", "north", 1960);
        await().atMost(Duration.ofMinutes(2))
                .ignoreExceptions()
                .until(
                        () -> matching.mentorsAfterARound(program),
                        mentors -> mentors.equals(Map.of(ana, mia, bo, ned)));

        try (Browser browser = Browser.open()) {
            browser.signInAs("manager").go("/programs/" + program + "/settings");
            assertThat(browser.field("weights.ageCloseness").getAttribute("value"))
                    .isEqualTo("2");
            assertThat(browser.text()).contains("Closeness in age", "0: age plays no part", "Same region");
            browser.check("settings");

            browser.type("weights.ageCloseness", "0")
                    .type("weights.sameRegion", "100")
                    .press("Try these weights");
            browser.awaitText("participants would get a different mentor", Duration.ofMinutes(1));

            assertThat(browser.url()).contains("/programs/" + program + "/settings?dryRun=");
            assertThat(browser.field("weights.sameRegion").getAttribute("value"))
                    .as("the tried values")
                    .isEqualTo("100");
            assertThat(browser.text())
                    .contains(
                            "2 participants would get a different mentor.",
                            "Current settings (last round)",
                            "These weights",
                            "Closeness in age",
                            "Same region");
            List<WebElement> changes = browser.all("tr[data-participant-id]");
            assertThat(changes)
                    .extracting(row -> row.getAttribute("data-participant-id"))
                    .containsExactlyInAnyOrder(ana, bo);
            assertThat(mentor(browser, ana, "before")).contains("Mia", "Born the same year");
            assertThat(mentor(browser, ana, "after")).contains("Ned", "Same region: north");
            assertThat(mentor(browser, bo, "before")).contains("Ned");
            assertThat(mentor(browser, bo, "after")).contains("Mia", "Same region: south");
            assertThat(browser.one("table.term-totals").getText())
                    .contains("Closeness in age 120 points 0 points", "Same region 0 points 200 points");
            browser.check("settings-dry-run");
            look(browser, "table.changes", "settings-dry-run-changes");

            browser.press("Save");

            assertThat(browser.text()).contains("Saved; the next round uses these settings");
            assertThat(browser.field("weights.ageCloseness").getAttribute("value"))
                    .isEqualTo("0");
            assertThat(browser.field("weights.sameRegion").getAttribute("value"))
                    .isEqualTo("100");
            browser.check("settings-saved");
            assertThat(matching.settings(program)
                            .path("weights")
                            .path("sameRegion")
                            .asInt())
                    .isEqualTo(100);

            browser.go("/programs/" + program + "/report");

            assertThat(browser.all("svg[role=img]")).hasSize(3);
            assertThat(browser.text()).contains("Opioid use", "Grief", "Under a day");
            assertThat(browser.one("#chart-issues-title").getAttribute("textContent"))
                    .isEqualTo("Waiting participants and free mentor places per issue");
            browser.check("report");
            look(browser, "#issues-heading", "report-issue-chart");
            look(browser, "#waits-heading", "report-waiting-chart");
            assertThat(browser.one("a[href$='/engagement.csv']").getText())
                    .isEqualTo("Download the engagement figures as a CSV file (for a spreadsheet)");
            look(browser, "#engagement-heading", "report-engagement");
        }
    }

    /** A screenshot with this part of the page in view, at desktop and at phone width, for people to look at. */
    private static void look(Browser browser, String css, String name) {
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.one(css));
        browser.screenshot(name);
        Dimension desktop = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        try {
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.one(css));
            browser.screenshot(name + "-phone");
        } finally {
            browser.driver().manage().window().setSize(desktop);
        }
    }

    /** The text of a participant's mentor cell in the changes, {@code before} or {@code after} the weights tried. */
    private static String mentor(Browser browser, String participantId, String beforeOrAfter) {
        return browser.one("tr[data-participant-id='" + participantId + "']")
                .findElement(By.cssSelector(".mentor-" + beforeOrAfter))
                .getText();
    }
}
