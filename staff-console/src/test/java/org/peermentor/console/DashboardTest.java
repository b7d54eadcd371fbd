package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.console.support.Forms.form;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.Browser;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.StubBackend.Person;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** A program manager's dashboard: who waits and why, what to review, the last rounds, and the page kept live. */
class DashboardTest extends ConsoleTest {

    @BeforeEach
    void aProgramWithOneRoundDone() {
        stub.answerTheDemoProgram();
        stub.answer("GET", "/api/programs/demo-recovery/report", 200, """
                {"programId":"demo-recovery","waiting":7,"freeMentorPlaces":3,"byIssue":[],"byLanguage":[]}""");
        stub.answer("GET", "/api/programs/demo-recovery/waiting", 200, """
                [{"participantId":"p-1","firstName":"Pat","primaryIssue":"OPIOID_USE","urgency":"HIGH",
                  "waitingSince":"%s","reasons":["No active mentor in the program speaks pl (H3)"],"roundId":"r-2"},
                 {"participantId":"p-2","firstName":"Quinn","primaryIssue":"GRIEF","urgency":"NORMAL",
                  "waitingSince":"%s","reasons":[],"roundId":null}]""".formatted(
                        Instant.now().minus(Duration.ofDays(3).plusHours(2)),
                        Instant.now().minus(Duration.ofMinutes(5))));
        stub.answer("GET", "/api/pairings", 200, """
                [{"id":"pr-1","programId":"demo-recovery","roundId":"r-2","participantId":"p-3","participantFirstName":"Ana",
                  "mentorId":"m-1","mentorFirstName":"Mia","status":"PROPOSED","sharedIssue":"GRIEF",
                  "explanation":["Both know grief","They share 120 minutes a week"]}]""");
        stub.answer("GET", "/api/programs/demo-recovery/rounds", 200, """
                [{"id":"r-2","programId":"demo-recovery","status":"COMPLETED","automatic":true,"dryRun":false,
                  "startedAt":"2026-12-06T09:00:00Z","completedAt":"2026-12-06T09:00:05Z","matchedCount":1,"unmatchedCount":1}]""");
        browser.signedInAs(Person.MANAGER);
    }

    @Test
    void aLaterPageOfTheWaitingListLinksBackToTheOneBeforeAndSaysWhichPageItIs() {
        String page = browser.get("/programs/demo-recovery?waitingPage=1").getResponseBody();

        assertThat(page)
                .contains("<nav class=\"pager\" aria-label=\"Pages of the waiting list\">", "<span>Page 2</span>")
                .containsPattern("href=\"[^\"]*waitingPage=0[^\"]*\" rel=\"prev\">Previous page</a>")
                .doesNotContain("rel=\"next\">Next page</a>");
    }

    @Test
    void theManagerSeesWhoWaitsForHowLongAndWhyAndWhatToReview() {
        String page = browser.get("/programs/demo-recovery").getResponseBody();

        assertThat(page)
                .contains(
                        "<h1>Demo recovery</h1>",
                        "<strong>7</strong> still need a mentor",
                        "<strong>3</strong> <span>free mentor places</span>",
                        "<strong>1</strong> <span>proposal to review</span>");
        assertThat(page)
                .contains(
                        "Pat",
                        "3 days",
                        "High",
                        "Opioid use",
                        "No active mentor in the program speaks pl (H3)",
                        "href=\"/participants/p-1/pair\"",
                        "Quinn",
                        "Under an hour",
                        "No round has left them unmatched yet.");
        assertThat(page)
                .contains(
                        "data-pairing-id=\"pr-1\"",
                        "Both know grief",
                        "They share 120 minutes a week",
                        "name=\"pairingId\" form=\"bulk-approve\" value=\"pr-1\"",
                        "action=\"/pairings/pr-1/approve\"",
                        "action=\"/pairings/pr-1/reject\"",
                        "name=\"returnTo\" value=\"/programs/demo-recovery\"",
                        "action=\"/programs/demo-recovery/proposals/approve\"",
                        "action=\"/programs/demo-recovery/rounds\"");
        assertThat(page)
                .contains(
                        "href=\"/programs/demo-recovery/rounds/r-2\"",
                        "Automatic",
                        "href=\"/programs/demo-recovery/settings\"",
                        "href=\"/programs/demo-recovery/report\"");
        assertThat(stub.last("GET", "/api/programs/demo-recovery/waiting").queryParameter("size"))
                .isEqualTo("50");
        assertThat(stub.received("GET", "/api/pairings"))
                .anySatisfy(call -> assertThat(call.queryParameter("status")).isEqualTo("PROPOSED"));
        everyFormCarriesItsCsrfToken(page);
    }

    @Test
    void thePairingsThatNeedAttentionComeFirstEachLinkingItsPage() {
        stub.answerWhen("GET", "/api/pairings", "status", "ACCEPTED", 200, """
                [{"id":"pr-7","programId":"demo-recovery","participantId":"p-7","participantFirstName":"Bea",
                  "mentorId":"m-7","mentorFirstName":"Max","status":"ACCEPTED","health":"NEEDS_ATTENTION",
                  "acceptedAt":"2026-11-02T10:00:00Z","checkInsSent":1},
                 {"id":"pr-8","programId":"demo-recovery","participantId":"p-8","participantFirstName":"Cy",
                  "mentorId":"m-8","mentorFirstName":"Nia","status":"ACCEPTED","health":"QUIET",
                  "acceptedAt":"2026-10-01T10:00:00Z","checkInsSent":3}]""");

        String page = browser.get("/programs/demo-recovery").getResponseBody();

        assertThat(page)
                .contains(
                        "<h2 id=\"attention-heading\">Needs attention</h2>",
                        "href=\"/pairings/pr-7\">Bea with Max</a>",
                        "Needs attention</span>",
                        "2 Nov 2026",
                        "href=\"/pairings/pr-8\">Cy with Nia</a>",
                        "Quiet — two check-ins unanswered")
                .doesNotContain("No pairing needs attention");
        assertThat(page.indexOf("attention-heading"))
                .as("listed first")
                .isLessThan(page.indexOf("counts-heading"))
                .isLessThan(page.indexOf("proposals-heading"));
        assertThat(stub.received("GET", "/api/pairings"))
                .filteredOn(call -> "ACCEPTED".equals(call.queryParameter("status")))
                .singleElement()
                .satisfies(call -> {
                    assertThat(call.queryParameter("programId")).isEqualTo("demo-recovery");
                    assertThat(call.queryParameter("health")).isEqualTo("NEEDS_ATTENTION,QUIET");
                });
    }

    @Test
    void withNothingToWorryAboutTheSectionSaysSoAndListsNoPairingOfAnotherHealth() {
        stub.answerWhen("GET", "/api/pairings", "status", "ACCEPTED", 200, """
                [{"id":"pr-9","programId":"demo-recovery","participantFirstName":"Dee","mentorFirstName":"Ola",
                  "status":"ACCEPTED","health":"ON_TRACK","checkInsSent":2}]""");

        String page = browser.get("/programs/demo-recovery").getResponseBody();

        assertThat(page)
                .contains("No pairing needs attention: every accepted pairing is on track")
                .doesNotContain("pr-9", "Dee with Ola");
    }

    @Test
    void theOpenPageAsksEveryFiveSecondsWhetherTheNewestRoundChanged() {
        String page = browser.get("/programs/demo-recovery").getResponseBody();

        assertThat(page)
                .contains(
                        "hx-trigger=\"every 5s\"",
                        "hx-get=\"/programs/demo-recovery/live?known=r-2:COMPLETED&amp;waitingPage=0&amp;proposalsPage=0\"");

        browser.pollUnchanged("/programs/demo-recovery/live?known=r-2:COMPLETED");
    }

    @Test
    void aRoundThatCompletedSinceRedrawsTheSectionsInPlace() {
        String changed = browser.pollChanged("/programs/demo-recovery/live?known=r-2:SOLVING");

        assertThat(changed)
                .contains(
                        "id=\"round-watch\"",
                        "The last round completed",
                        "id=\"dashboard-sections\" hx-swap-oob=\"true\"",
                        "data-pairing-id=\"pr-1\"")
                .doesNotContain("<html");
    }

    @Test
    void startingARoundOpensItsPage() {
        stub.answer("POST", "/api/programs/demo-recovery/rounds", 202, "{\"id\":\"r-3\",\"status\":\"SOLVING\"}");

        EntityExchangeResult<String> started =
                browser.submit("/programs/demo-recovery", "/programs/demo-recovery/rounds", form());

        assertThat(started.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(Browser.location(started)).isEqualTo("/programs/demo-recovery/rounds/r-3");
    }

    @Test
    void aRoundAlreadyRunningIsSaidOnTheDashboardNotAnErrorPage() {
        stub.answer(
                "POST", "/api/programs/demo-recovery/rounds", 409, "{\"status\":409,\"title\":\"Round in progress\"}");

        EntityExchangeResult<String> refused =
                browser.submit("/programs/demo-recovery", "/programs/demo-recovery/rounds", form());

        assertThat(Browser.location(refused)).isEqualTo("/programs/demo-recovery");
        assertThat(browser.get("/programs/demo-recovery").getResponseBody())
                .contains("role=\"status\"", "Not started: a round of this program is running already.");
    }

    @Test
    void approveSelectedApprovesEachAndSaysWhichFailedAndWhy() {
        stub.answer("POST", "/api/programs/demo-recovery/pairings/approve", 200, """
                {"approved":1,"outcomes":[{"pairingId":"pr-1","status":200,"title":"Approved"},
                 {"pairingId":"pr-2","status":409,"title":"Already decided",
                  "detail":"This proposal was already rejected; it cannot become APPROVED."}]}""");
        stub.answer("GET", "/api/pairings/pr-2", 200, """
                {"id":"pr-2","participantFirstName":"Bo","mentorFirstName":"Max","status":"REJECTED"}""");
        stub.answer("GET", "/api/audit", 200, """
                [{"at":"2026-12-06T10:00:00Z","actor":"recovery-manager","actorName":"Rae Manager","action":"REJECT"}]""");

        EntityExchangeResult<String> approved = browser.submit(
                "/programs/demo-recovery",
                "/programs/demo-recovery/proposals/approve",
                form("pairingId", "pr-1", "pairingId", "pr-2"));

        assertThat(Browser.location(approved)).isEqualTo("/programs/demo-recovery");
        assertThat(stub.received("POST", "/api/programs/demo-recovery/pairings/approve"))
                .singleElement()
                .satisfies(call -> assertThat(call.body()).isEqualTo("{\"pairingIds\":[\"pr-1\",\"pr-2\"]}"));
        assertThat(browser.get("/programs/demo-recovery").getResponseBody())
                .contains(
                        "Approved 1 of 2 selected proposals. Not approved:",
                        "Bo with Max: This proposal was already rejected; it cannot become APPROVED. Decided by Rae Manager on 6 Dec 2026, 10:00 UTC.");
        assertThat(browser.get("/programs/demo-recovery").getResponseBody())
                .as("said once")
                .doesNotContain("Not approved:");
    }

    @Test
    void nothingSelectedApprovesNothing() {
        EntityExchangeResult<String> approved =
                browser.submit("/programs/demo-recovery", "/programs/demo-recovery/proposals/approve", form());

        assertThat(Browser.location(approved)).isEqualTo("/programs/demo-recovery");
        assertThat(stub.received("POST", "/api/programs/demo-recovery/pairings/approve"))
                .isEmpty();
        assertThat(browser.get("/programs/demo-recovery").getResponseBody()).contains("no proposal was selected");
    }

    @Test
    void intakeStaffAreRefusedTheDashboard() {
        browser = new Browser(port, stub).signedInAs(Person.INTAKE);
        stub.answerTheDashboardsCallsWith(403, "Forbidden");

        String page = browser.page("/programs/demo-recovery", HttpStatus.FORBIDDEN);

        assertThat(page).contains("You cannot do this");
    }

    @Test
    void aProgramOutsideTheManagersIsNotFound() {
        stub.answer(
                "GET",
                "/api/programs/demo-wellbeing",
                200,
                "{\"id\":\"demo-wellbeing\",\"displayName\":\"Demo wellbeing\"}");

        String page = browser.page("/programs/demo-wellbeing", HttpStatus.NOT_FOUND);

        assertThat(page).doesNotContain("Demo wellbeing");
    }

    static void everyFormCarriesItsCsrfToken(String page) {
        String[] forms = page.split("<form", -1);
        assertThat(forms.length).as("forms on the page").isGreaterThan(1);
        for (int i = 1; i < forms.length; i++) {
            String form = forms[i].substring(0, forms[i].indexOf("</form>"));
            assertThat(form).as("a CSRF field in every form").contains("name=\"_csrf\"");
        }
    }
}
