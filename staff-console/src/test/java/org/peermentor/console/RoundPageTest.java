package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.Browser;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.StubBackend.Person;
import org.springframework.http.HttpStatus;

/** A round's page: its progress while it solves, then what it proposed and whom it left waiting, and why. */
class RoundPageTest extends ConsoleTest {

    private static final String SOLVING = """
            {"id":"r-3","programId":"demo-recovery","status":"SOLVING","dryRun":false,"automatic":false,"startedAt":"2026-12-06T09:00:00Z"}""";
    private static final String COMPLETED = """
            {"id":"r-3","programId":"demo-recovery","status":"COMPLETED","dryRun":false,"automatic":false,"startedAt":"2026-12-06T09:00:00Z",
             "completedAt":"2026-12-06T09:00:04Z","matchedCount":1,"unmatchedCount":1,
             "pairings":[{"id":"pr-1","participantId":"p-3","participantFirstName":"Ana","mentorId":"m-1",
                          "mentorFirstName":"Mia","status":"PROPOSED","explanation":["Both know grief"]}],
             "unmatched":[{"participantId":"p-1","participantFirstName":"Pat",
                           "reasons":["No active mentor in the program speaks pl (H3)"]}]}""";

    @BeforeEach
    void aManagerIsSignedIn() {
        browser.signedInAs(Person.MANAGER);
    }

    @Test
    void whileTheRoundSolvesThePageSaysSoAndAsksAgainUntilItIsDone() {
        stub.answer("GET", "/api/rounds/r-3", 200, SOLVING);

        String page = browser.get("/programs/demo-recovery/rounds/r-3").getResponseBody();
        browser.pollUnchanged("/programs/demo-recovery/rounds/r-3/progress");

        assertThat(page)
                .contains(
                        "role=\"status\"",
                        "Running: the solver is planning this round",
                        "hx-get=\"/programs/demo-recovery/rounds/r-3/progress\"",
                        "hx-trigger=\"every 2s\"");
    }

    @Test
    void onceDoneTheProgressIsReplacedByThePairingsAndWhoWaitsAndWhy() {
        stub.answer("GET", "/api/rounds/r-3", 200, COMPLETED);

        String done = browser.pollChanged("/programs/demo-recovery/rounds/r-3/progress");

        assertThat(done)
                .contains(
                        "id=\"round-outcome\"",
                        "id=\"round-state\" hx-swap-oob=\"innerHTML\">Completed: 1 paired, 1 left waiting.",
                        "data-pairing-id=\"pr-1\"",
                        "Both know grief",
                        "No active mentor in the program speaks pl (H3)")
                .doesNotContain("hx-trigger", "<html");
    }

    @Test
    void aProposalWhoseMentorNeverAnsweredShowsAsExpiredWithNoDecisionLeft() {
        stub.answer("GET", "/api/rounds/r-3", 200, COMPLETED.replace("\"PROPOSED\"", "\"EXPIRED\""));

        String page = browser.get("/programs/demo-recovery/rounds/r-3").getResponseBody();

        assertThat(page)
                .contains(
                        "class=\"badge EXPIRED\"",
                        "Expired — the mentor did not answer in time",
                        "href=\"/pairings/pr-1\"")
                .doesNotContain("action=\"/pairings/pr-1/approve\"");
    }

    @Test
    void aCompletedRoundOffersItsProposalsForReviewAndComesBackHere() {
        stub.answer("GET", "/api/rounds/r-3", 200, COMPLETED);

        String page = browser.get("/programs/demo-recovery/rounds/r-3").getResponseBody();

        assertThat(page)
                .contains(
                        "<h1>Round of 6 Dec 2026, 09:00 UTC</h1>",
                        "Proposed, waiting for review",
                        "href=\"/participants/p-3\"",
                        "href=\"/mentors/m-1\"",
                        "href=\"/pairings/pr-1\"",
                        "action=\"/pairings/pr-1/approve\"",
                        "name=\"returnTo\" value=\"/programs/demo-recovery/rounds/r-3\"",
                        "<th scope=\"col\">Why nobody fits</th>",
                        "href=\"/participants/p-1\"");
        DashboardTest.everyFormCarriesItsCsrfToken(page);
    }

    @Test
    void aRoundOfALargeProgramIsShownWhole() {
        StringBuilder unmatched = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            unmatched
                    .append(i == 0 ? "" : ",")
                    .append("{\"participantId\":\"p-")
                    .append(i)
                    .append("\",\"participantFirstName\":\"Pat\",\"reasons\":[\"Every mentor for grief who fits ")
                    .append("already holds all of their places (H8)\"]}");
        }
        stub.answer("GET", "/api/rounds/r-9", 200, """
                {"id":"r-9","programId":"demo-recovery","status":"COMPLETED","dryRun":false,"automatic":true,
                 "startedAt":"2026-12-06T09:00:00Z","completedAt":"2026-12-06T09:01:00Z","matchedCount":0,
                 "unmatchedCount":3000,"pairings":[],"unmatched":[%s]}""".formatted(unmatched));

        String page = browser.page("/programs/demo-recovery/rounds/r-9", HttpStatus.OK);

        assertThat(page).contains("href=\"/participants/p-2999\"");
    }

    @Test
    void aDryRunIsShownBesideTheLastRealRoundAndOffersNothingToReview() {
        stub.answer("GET", "/api/rounds/dry-1", 200, """
                {"id":"dry-1","programId":"demo-recovery","status":"COMPLETED","dryRun":true,"automatic":false,
                 "startedAt":"2026-12-06T09:00:00Z","completedAt":"2026-12-06T09:00:04Z","matchedCount":1,"unmatchedCount":0,
                 "pairings":[{"participantId":"p-3","participantFirstName":"Ana","mentorId":"m-2","mentorFirstName":"Max",
                              "explanation":["Same region"]}],
                 "comparedTo":{"roundId":"r-2","matchedCount":1,"unmatchedCount":0,
                   "differences":[{"participantId":"p-3","participantFirstName":"Ana",
                     "before":{"mentorId":"m-1","mentorFirstName":"Mia","explanation":["Born the same year"]},
                     "after":{"mentorId":"m-2","mentorFirstName":"Max","explanation":["Same region"]}}]}}""");

        String page = browser.get("/programs/demo-recovery/rounds/dry-1").getResponseBody();

        assertThat(page)
                .contains(
                        "<h1>Dry run of 6 Dec 2026, 09:00 UTC</h1>",
                        "Dry run: nothing was proposed",
                        "What these weights would do",
                        "1 participant would get a different mentor.",
                        "Mia",
                        "Max",
                        "Born the same year",
                        "href=\"/programs/demo-recovery/settings\"")
                .doesNotContain("action=\"/pairings/", "data-pairing-id=");
    }

    @Test
    void aRoundOfAnotherProgramIsNotFoundUnderThisOne() {
        stub.answer("GET", "/api/rounds/r-3", 200, COMPLETED);

        browser.page("/programs/demo-wellbeing/rounds/r-3", HttpStatus.NOT_FOUND);
    }

    @Test
    void intakeStaffAreRefusedARound() {
        browser = new Browser(port, stub).signedInAs(Person.INTAKE);
        stub.answer("GET", "/api/rounds/r-3", 403, "{\"status\":403,\"title\":\"Forbidden\"}");

        String page = browser.page("/programs/demo-recovery/rounds/r-3", HttpStatus.FORBIDDEN);

        assertThat(page).contains("You cannot do this");
    }
}
