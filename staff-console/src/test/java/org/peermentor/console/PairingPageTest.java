package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.console.support.Forms.form;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.Browser;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.StubBackend.Person;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** A pairing's page and the decisions on it: each goes back where it came from, a refusal said there in words. */
class PairingPageTest extends ConsoleTest {

    private static final String PROPOSED = """
            {"id":"pr-1","programId":"demo-recovery","roundId":"r-2","participantId":"p-3","participantFirstName":"Ana",
             "mentorId":"m-1","mentorFirstName":"Mia","status":"PROPOSED","sharedIssue":"GRIEF",
             "explanation":["Both know grief"],"createdAt":"2026-12-06T09:00:04Z"}""";
    private static final String ACCEPTED = PROPOSED.replace("PROPOSED", "ACCEPTED");

    @BeforeEach
    void aManagerIsSignedIn() {
        stub.answer("GET", "/api/audit", 200, """
                [{"at":"2026-12-06T10:00:00Z","actor":"manager","actorName":"Mo Manager","client":"staff-console","action":"APPROVE"}]""");
        stub.answer("GET", "/api/notifications", 200, """
                [{"id":"d-1","type":"PairingApproved","recipient":"mia@example.org","recipientRole":"MENTOR",
                  "status":"SENT","attempts":1,"sentAt":"2026-12-06T10:00:02Z"}]""");
        browser.signedInAs(Person.MANAGER);
    }

    @Test
    void thePageSaysWhoWithWhomWhyWhoDidWhatAndWhichEmailsWentOut() {
        stub.answer("GET", "/api/pairings/pr-1", 200, PROPOSED);

        String page = browser.get("/pairings/pr-1").getResponseBody();

        assertThat(page)
                .contains(
                        "data-pairing-id=\"pr-1\"",
                        "<h1>Ana with Mia</h1>",
                        "href=\"/participants/p-3\"",
                        "href=\"/mentors/m-1\"",
                        "Proposed, waiting for review",
                        "Grief",
                        "Both know grief",
                        "href=\"/programs/demo-recovery/rounds/r-2\"");
        assertThat(page).contains("Mo Manager (manager)", "Approved the proposal", "6 Dec 2026, 10:00 UTC");
        assertThat(page)
                .contains("Asks the mentor to accept", "The mentor", "Sent")
                .doesNotContain("mia@example.org");
        assertThat(page)
                .contains("action=\"/pairings/pr-1/approve\"", "action=\"/pairings/pr-1/reject\"")
                .doesNotContain("action=\"/pairings/pr-1/end\"");
        assertThat(stub.last("GET", "/api/notifications").queryParameter("pairingId"))
                .isEqualTo("pr-1");
        DashboardTest.everyFormCarriesItsCsrfToken(page);
    }

    @Test
    void anAcceptedPairingCanBeEndedWithAReasonAndARematch() {
        stub.answer("GET", "/api/pairings/pr-1", 200, ACCEPTED);
        stub.answer("POST", "/api/pairings/pr-1/end", 200, ACCEPTED.replace("ACCEPTED", "ENDED"));

        String page = browser.get("/pairings/pr-1").getResponseBody();
        EntityExchangeResult<String> ended = browser.submit(
                "/pairings/pr-1", "/pairings/pr-1/end", form("reason", "  They moved away  ", "rematch", "true"));

        assertThat(page)
                .contains("action=\"/pairings/pr-1/end\"", "name=\"rematch\" value=\"true\"")
                .doesNotContain("action=\"/pairings/pr-1/approve\"");
        assertThat(Browser.location(ended)).isEqualTo("/pairings/pr-1");
        assertThat(stub.last("POST", "/api/pairings/pr-1/end").body())
                .isEqualTo("{\"reason\":\"They moved away\",\"rematch\":true}");
        assertThat(browser.get("/pairings/pr-1").getResponseBody())
                .contains("class=\"success\" role=\"status\"", "Ended: Ana with Mia.");
    }

    @Test
    void approvingGoesBackToThePageItCameFrom() {
        stub.answer("GET", "/api/pairings/pr-1", 200, PROPOSED);
        stub.answer("POST", "/api/pairings/pr-1/approve", 200, PROPOSED.replace("PROPOSED", "APPROVED"));

        EntityExchangeResult<String> approved = browser.submit(
                "/pairings/pr-1", "/pairings/pr-1/approve", form("returnTo", "/programs/demo-recovery/rounds/r-2"));

        assertThat(approved.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(Browser.location(approved)).isEqualTo("/programs/demo-recovery/rounds/r-2");
        assertThat(stub.received("POST", "/api/pairings/pr-1/approve")).hasSize(1);
    }

    @Test
    void aReturnAddressOutsideTheConsoleIsIgnored() {
        stub.answer("GET", "/api/pairings/pr-1", 200, PROPOSED);
        stub.answer("POST", "/api/pairings/pr-1/approve", 200, PROPOSED);

        for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example"}) {
            EntityExchangeResult<String> approved =
                    browser.submit("/pairings/pr-1", "/pairings/pr-1/approve", form("returnTo", elsewhere));
            assertThat(Browser.location(approved)).as(elsewhere).isEqualTo("/pairings/pr-1");
        }
    }

    @Test
    void aProposalDecidedByAnotherManagerFirstIsSaidInWordsWithWhoDecided() {
        stub.answer("GET", "/api/pairings/pr-1", 200, PROPOSED.replace("PROPOSED", "APPROVED"));
        stub.answer("POST", "/api/pairings/pr-1/reject", 409, """
                {"status":409,"title":"Already decided","detail":"This proposal was already approved; it cannot become REJECTED."}""");

        EntityExchangeResult<String> refused =
                browser.submit("/pairings/pr-1", "/pairings/pr-1/reject", form("reason", "Not a good fit"));

        assertThat(Browser.location(refused)).isEqualTo("/pairings/pr-1");
        assertThat(browser.page("/pairings/pr-1", HttpStatus.OK))
                .contains(
                        "class=\"alert\" role=\"status\"",
                        "Not done: This proposal was already approved; it cannot become REJECTED. "
                                + "Decided by Mo Manager on 6 Dec 2026, 10:00 UTC.");
    }

    @Test
    void rejectingWithoutAReasonAsksForOneAndSendsNothing() {
        stub.answer("GET", "/api/pairings/pr-1", 200, PROPOSED);

        browser.submit("/pairings/pr-1", "/pairings/pr-1/reject", form("reason", "   "));

        assertThat(stub.received("POST", "/api/pairings/pr-1/reject")).isEmpty();
        assertThat(browser.get("/pairings/pr-1").getResponseBody()).contains("Not done: give a reason for rejecting.");
    }

    @Test
    void aRejectionWithItsReasonReachesTheService() {
        stub.answer("GET", "/api/pairings/pr-1", 200, PROPOSED);
        stub.answer("POST", "/api/pairings/pr-1/reject", 200, PROPOSED.replace("PROPOSED", "REJECTED"));

        browser.submit("/pairings/pr-1", "/pairings/pr-1/reject", form("reason", "Mia is away in January"));

        assertThat(stub.last("POST", "/api/pairings/pr-1/reject").body())
                .isEqualTo("{\"reason\":\"Mia is away in January\"}");
        assertThat(browser.get("/pairings/pr-1").getResponseBody()).contains("Rejected: Ana with Mia.");
    }

    @Test
    void thePageStillOpensWhenTheDeliveryLogIsAway() {
        stub.answer("GET", "/api/pairings/pr-1", 200, PROPOSED);
        stub.answer("GET", "/api/notifications", 503, "{\"status\":503}");

        String page = browser.page("/pairings/pr-1", HttpStatus.OK);

        assertThat(page).contains("The delivery log could not be loaded just now.");
    }

    @Test
    void intakeStaffAreRefusedPairingsAndTheirActions() {
        browser = new Browser(port, stub).signedInAs(Person.INTAKE);
        stub.answer("GET", "/api/pairings/pr-1", 403, "{\"status\":403,\"title\":\"Forbidden\"}");
        stub.answer("POST", "/api/pairings/pr-1/approve", 403, "{\"status\":403,\"title\":\"Forbidden\"}");

        EntityExchangeResult<String> page = browser.get("/pairings/pr-1");
        EntityExchangeResult<String> approve = browser.submit("/", "/pairings/pr-1/approve", form());

        assertThat(page.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Browser.body(approve, HttpStatus.FORBIDDEN)).contains("You cannot do this");
    }

    @Test
    void aPairingOutsideTheManagersProgramsIsNotFound() {
        browser.page("/pairings/pr-elsewhere", HttpStatus.NOT_FOUND);
    }
}
