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

/**
 * After approval: the mentor's link, its reminder and a fresh link; after acceptance: the pairing's health, its
 * check-ins in words, a note read on purpose, and a participant's request for a new mentor put first.
 */
class PairingFollowUpTest extends ConsoleTest {

    private static final String PAIRING = """
            {"id":"pr-1","programId":"demo-recovery","roundId":"r-2","participantId":"p-3","participantFirstName":"Ana",
             "mentorId":"m-1","mentorFirstName":"Mia","status":"%s","sharedIssue":"GRIEF",
             "explanation":["Both know grief"],"createdAt":"2026-12-06T09:00:04Z"%s}""";
    private static final String APPROVED =
            PAIRING.formatted("APPROVED", ",\"linkExpiresAt\":\"2026-12-09T10:00:00Z\",\"reminded\":true");
    private static final String ACCEPTED = PAIRING.formatted(
            "ACCEPTED", ",\"acceptedAt\":\"2026-12-07T08:30:00Z\",\"checkInsSent\":2,\"health\":\"NEEDS_ATTENTION\"");
    private static final String CHECK_INS = """
            [{"number":2,"answers":[
               {"role":"PARTICIPANT","answer":"NOT_SURE","wantsNewMentor":false,"answeredAt":"2026-12-30T18:00:00Z","hasNote":true}]},
             {"number":1,"answers":[
               {"role":"MENTOR","answer":"GOING_WELL","wantsNewMentor":false,"answeredAt":"2026-12-21T09:00:00Z","hasNote":false},
               {"role":"PARTICIPANT","answer":"NOT_MET","wantsNewMentor":false,"answeredAt":"2026-12-21T11:00:00Z","hasNote":false}]}]""";

    @BeforeEach
    void aManagerIsSignedIn() {
        stub.answer("GET", "/api/audit", 200, "[]");
        stub.answer("GET", "/api/notifications", 200, "[]");
        browser.signedInAs(Person.MANAGER);
    }

    @Test
    void anApprovedPairingSaysWhenTheMentorsLinkExpiresAndThatAReminderWent() {
        String page = pageOf(APPROVED);

        assertThat(page)
                .contains(
                        "Approved, waiting for the mentor’s answer",
                        "The mentor’s link expires",
                        "9 Dec 2026, 10:00 UTC",
                        "Sent: the mentor was reminded to answer",
                        "action=\"/pairings/pr-1/resend-link\"",
                        "Send a fresh link")
                .doesNotContain("action=\"/pairings/pr-1/end\"", "Check-ins");
        assertThat(stub.received("GET", "/api/pairings/pr-1/check-ins")).isEmpty();
        DashboardTest.everyFormCarriesItsCsrfToken(page);
    }

    @Test
    void aFreshLinkIsAskedOfMatchingAndTheManagerIsToldTheOldOneNoLongerWorks() {
        stub.answer("POST", "/api/pairings/pr-1/resend-link", 200, APPROVED);

        assertThat(pageOf(APPROVED.replace("\"reminded\":true", "\"reminded\":false")))
                .contains("Not sent yet");
        EntityExchangeResult<String> sent = browser.submit("/pairings/pr-1", "/pairings/pr-1/resend-link", form());

        assertThat(sent.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(Browser.location(sent)).isEqualTo("/pairings/pr-1");
        assertThat(stub.received("POST", "/api/pairings/pr-1/resend-link")).hasSize(1);
        assertThat(browser.get("/pairings/pr-1").getResponseBody())
                .contains(
                        "class=\"success\" role=\"status\"",
                        "A fresh link went to Mia; the link they had no longer works.");
    }

    @Test
    void aFreshLinkMatchingRefusesIsSaidInItsWordsOnThePairingsPage() {
        stub.answer("GET", "/api/pairings/pr-1", 200, ACCEPTED);
        stub.answer("GET", "/api/pairings/pr-1/check-ins", 200, "[]");
        stub.answer("GET", "/api/audit", 200, """
                [{"at":"2026-12-06T10:00:00Z","actor":"manager","actorName":"Mo Manager","action":"APPROVE"}]""");
        stub.answer("POST", "/api/pairings/pr-1/resend-link", 409, """
                {"status":409,"title":"Conflict","detail":"The mentor has answered; only an approved pairing gets a fresh link."}""");

        EntityExchangeResult<String> refused = browser.submit("/pairings/pr-1", "/pairings/pr-1/resend-link", form());

        assertThat(Browser.location(refused)).isEqualTo("/pairings/pr-1");
        assertThat(browser.get("/pairings/pr-1").getResponseBody())
                .contains(
                        "class=\"alert\" role=\"status\"",
                        "Not done: The mentor has answered; only an approved pairing gets a fresh link.")
                .doesNotContain("Decided by");
    }

    @Test
    void anExpiredRequestSaysTheMentorDidNotAnswerInTimeAndOffersNoAction() {
        String page = pageOf(PAIRING.formatted("EXPIRED", ""));

        assertThat(page)
                .contains("class=\"badge EXPIRED\"", "Expired — the mentor did not answer in time")
                .doesNotContain(
                        "Send a fresh link", "action=\"/pairings/pr-1/end\"", "action=\"/pairings/pr-1/approve\"");
    }

    @Test
    void anAcceptedPairingShowsItsHealthAndEachCheckInsAnswersInWordsButNoNote() {
        stub.answer("GET", "/api/pairings/pr-1/check-ins", 200, CHECK_INS);

        String page = pageOf(ACCEPTED);

        assertThat(page)
                .contains(
                        "class=\"badge NEEDS_ATTENTION\">Needs attention</span>",
                        "7 Dec 2026, 08:30 UTC",
                        "Check-ins sent</dt>",
                        "<dd>2</dd>",
                        "Each check-in, newest first",
                        "Check-in 2",
                        "Not sure yet",
                        "No answer yet",
                        "Check-in 1",
                        "Going well",
                        "Have not met yet",
                        "on 21 Dec 2026, 09:00 UTC",
                        "reading one is recorded")
                .doesNotContain("Send a fresh link", "Asks for a new mentor", "asked for a new mentor");
        assertThat(page.split("/check-ins/", -1))
                .as("one Read note form, for the check-in with a note")
                .hasSize(2);
        assertThat(page).contains("action=\"/pairings/pr-1/check-ins/2/notes\"");
        assertThat(page.indexOf("id=\"check-ins-heading\"")).isLessThan(page.indexOf("id=\"end-heading\""));
        assertThat(stub.received("GET", "/api/pairings/pr-1/check-ins/2/notes"))
                .as("no note read by opening the page")
                .isEmpty();
        DashboardTest.everyFormCarriesItsCsrfToken(page);
    }

    @Test
    void aQuietPairingSaysTwoCheckInsWentUnanswered() {
        stub.answer("GET", "/api/pairings/pr-1/check-ins", 200, "[]");

        assertThat(pageOf(ACCEPTED.replace("NEEDS_ATTENTION", "QUIET")))
                .contains("Quiet — two check-ins unanswered", "No check-in has been sent yet.");
    }

    @Test
    void readingANoteIsARecordedReadWhoseNoteIsShownOnAPageThatSaysSo() {
        stub.answer("GET", "/api/pairings/pr-1", 200, ACCEPTED);
        stub.answer("GET", "/api/pairings/pr-1/check-ins", 200, CHECK_INS);
        stub.answer("GET", "/api/pairings/pr-1/check-ins/2/notes", 200, """
                [{"role":"PARTICIPANT","note":"We met once; <b>she</b> seems busy."}]""");

        EntityExchangeResult<String> read =
                browser.submit("/pairings/pr-1", "/pairings/pr-1/check-ins/2/notes", form());

        assertThat(Browser.body(read, HttpStatus.OK))
                .contains(
                        "<h1>Notes of check-in 2</h1>",
                        "Your reading of these notes is recorded in the pairing’s history",
                        "The participant’s note",
                        "We met once; &lt;b&gt;she&lt;/b&gt; seems busy.",
                        "href=\"/pairings/pr-1\"");
        assertThat(Browser.header(read, "Cache-Control")).contains("no-store");
        assertThat(stub.received("GET", "/api/pairings/pr-1/check-ins/2/notes")).hasSize(1);
    }

    @Test
    void aNoteIsNotReadWithoutTheFormsCsrfToken() {
        EntityExchangeResult<String> forged = browser.post("/pairings/pr-1/check-ins/2/notes", form());

        assertThat(forged.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(stub.received("GET", "/api/pairings/pr-1/check-ins/2/notes")).isEmpty();
    }

    @Test
    void whenTheParticipantAskedForANewMentorEndingWithARematchComesFirst() {
        stub.answer("GET", "/api/pairings/pr-1/check-ins", 200, """
                [{"number":3,"answers":[{"role":"PARTICIPANT","answer":"NOT_A_FIT","wantsNewMentor":true,
                  "answeredAt":"2027-01-20T18:00:00Z","hasNote":false}]}]""");
        stub.answer("POST", "/api/pairings/pr-1/end", 200, ACCEPTED.replace("ACCEPTED", "ENDED"));

        String page = pageOf(ACCEPTED);

        assertThat(page)
                .contains(
                        "Ana asked for a new mentor",
                        "In check-in 3 Ana said it is not a good fit and asked for a new mentor.",
                        "Not a good fit",
                        "Asks for a new mentor",
                        "name=\"rematch\" value=\"true\" checked",
                        "End the pairing and find another mentor");
        assertThat(page.indexOf("id=\"end-heading\""))
                .as("before the pairing's facts")
                .isLessThan(page.indexOf("id=\"pairing-heading\""));
        assertThat(page.split("id=\"end-heading\"", -1)).as("one end form").hasSize(2);

        browser.submit(
                "/pairings/pr-1",
                "/pairings/pr-1/end",
                form("reason", "The participant asked for a new mentor in a check-in.", "rematch", "true"));
        assertThat(stub.last("POST", "/api/pairings/pr-1/end").body())
                .isEqualTo("{\"reason\":\"The participant asked for a new mentor in a check-in.\",\"rematch\":true}");
    }

    @Test
    void thePageStillOpensWhenTheCheckInsCannotBeLoaded() {
        stub.answer("GET", "/api/pairings/pr-1/check-ins", 503, "{\"status\":503}");

        String page = pageOf(ACCEPTED);

        assertThat(page).contains("The check-ins could not be loaded just now.", "action=\"/pairings/pr-1/end\"");
    }

    /** The pairing's page as the manager opens it, when matching shows the pairing as {@code pairing}. */
    private String pageOf(String pairing) {
        stub.answer("GET", "/api/pairings/pr-1", 200, pairing);
        return browser.page("/pairings/pr-1", HttpStatus.OK);
    }
}
