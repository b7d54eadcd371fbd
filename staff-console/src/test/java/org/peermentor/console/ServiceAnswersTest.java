package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.Browser;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.StubBackend.Person;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** What the services answer becomes a page in the console's look; the access decisions stay theirs. */
class ServiceAnswersTest extends ConsoleTest {

    @BeforeEach
    void signedIn() {
        browser.signedInAs(Person.INTAKE);
    }

    @Test
    void aRecordTheServiceRefusesIsA403PageInTheConsolesLook() {
        stub.answer("GET", "/api/participants/p-9", 403, "{\"status\":403,\"title\":\"Forbidden\",\"detail\":\"no\"}");

        String page = browser.page("/participants/p-9", HttpStatus.FORBIDDEN);

        assertThat(page).contains("/theme/console.css", "You cannot do this", "Signed in as");
    }

    @Test
    void aRecordOutsideThePersonsProgramsIsNotFound() {
        String page = browser.page("/participants/p-elsewhere", HttpStatus.NOT_FOUND);

        assertThat(page).contains("Not found — it does not exist or is outside your programs");
    }

    @Test
    void aServiceFailingOrNotAnsweringIsAServiceUnavailablePageWithoutAStackTrace() {
        stub.answer(
                "GET",
                "/api/participants/p-1",
                500,
                "{\"status\":500,\"title\":\"boom\",\"detail\":\"java.lang.IllegalStateException\"}");

        stub.answerTheDemoProgram();
        stub.answerTheDashboardsCallsWith(503, "Service Unavailable");

        EntityExchangeResult<String> failing = browser.get("/participants/p-1");
        EntityExchangeResult<String> away =
                browser.get("/programs/demo-recovery"); // the dashboard: matching answers 503

        for (EntityExchangeResult<String> page : List.of(failing, away)) {
            assertThat(Browser.body(page, HttpStatus.SERVICE_UNAVAILABLE))
                    .contains("Service unavailable")
                    .doesNotContain("Exception", "at org.");
        }
    }

    @Test
    void aTokenTheServiceNoLongerAcceptsSendsThePersonToSignInAgainAndBack() {
        stub.answer(
                "GET",
                "/api/participants/p-1",
                401,
                "{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"expired\"}");

        EntityExchangeResult<String> page = browser.get("/participants/p-1");

        assertThat(page.getStatus().is3xxRedirection()).isTrue();
        assertThat(Browser.location(page)).isEqualTo("/oauth2/authorization/staff-console");
    }

    @Test
    void aPageThatDoesNotExistIsA404PageInTheConsolesLook() {
        String page = browser.page("/no-such-page", HttpStatus.NOT_FOUND);

        assertThat(page).contains("/theme/console.css", "Not found");
    }
}
