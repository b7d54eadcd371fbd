package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.console.support.Forms.form;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.Browser;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.PersonJson;
import org.peermentor.console.support.StubBackend.Person;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** Pairing by hand: the mentors the rules allow, best first, then the forbidden ones with the rules they break. */
class ManualPairingTest extends ConsoleTest {

    @BeforeEach
    void anaWaitsAndAManagerIsSignedIn() {
        stub.answer(
                "GET", "/api/participants/p-1", 200, PersonJson.participant().json());
        stub.answer("GET", "/api/participants/p-1/mentor-options", 200, """
                {"participantId":"p-1",
                 "allowed":[{"mentorId":"m-1","firstName":"Mia","freePlaces":2,"explanation":["Both know alcohol use","Both speak Spanish"]},
                            {"mentorId":"m-2","firstName":"Max","freePlaces":1,"explanation":["Trained for alcohol use"]}],
                 "forbidden":[{"mentorId":"m-3","firstName":"Zoe","freePlaces":1,
                               "rules":["H3: They share no language: the participant speaks Spanish, English, the mentor Polish"]}]}""");
        browser.signedInAs(Person.MANAGER);
    }

    @Test
    void theAllowedMentorsComeFirstInTheirOrderThenTheForbiddenWithTheirRules() {
        String page = browser.get("/participants/p-1/pair").getResponseBody();

        assertThat(page)
                .contains(
                        "<h1>Choose a mentor for Ana Silva</h1>",
                        "Both know alcohol use",
                        "Mia — 2 free places",
                        "Max — 1 free place",
                        "H3: They share no language");
        assertThat(page.indexOf("value=\"m-1\"")).isLessThan(page.indexOf("value=\"m-2\""));
        assertThat(page.indexOf("value=\"m-2\"")).isLessThan(page.indexOf("value=\"m-3\""));
        assertThat(page).contains("type=\"radio\" name=\"mentorId\" value=\"m-3\"");
        DashboardTest.everyFormCarriesItsCsrfToken(page);
    }

    @Test
    void aPairingMadeOpensItsPage() {
        stub.answer("POST", "/api/pairings", 201, "{\"id\":\"pr-9\",\"status\":\"APPROVED\"}");

        EntityExchangeResult<String> paired =
                browser.submit("/participants/p-1/pair", "/participants/p-1/pair", form("mentorId", "m-1"));

        assertThat(paired.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(Browser.location(paired)).isEqualTo("/pairings/pr-9");
        assertThat(stub.last("POST", "/api/pairings").body())
                .contains("\"participantId\":\"p-1\"", "\"mentorId\":\"m-1\"");
    }

    @Test
    void aForbiddenChoiceComesBackWithTheRulesItBreaksInWords() {
        stub.answer("POST", "/api/pairings", 422, """
                {"status":422,"title":"Pairing breaks the program's rules","detail":"This pair breaks 1 rule(s); see errors.",
                 "errors":[{"field":"H3","message":"They share no language: the participant speaks Spanish, English, the mentor Polish"}]}""");

        String refused = Browser.body(
                browser.submit("/participants/p-1/pair", "/participants/p-1/pair", form("mentorId", "m-3")),
                HttpStatus.UNPROCESSABLE_CONTENT);

        assertThat(refused)
                .contains(
                        "role=\"alert\"",
                        "Not paired",
                        "This pairing breaks the program’s rules:",
                        "<li>H3: They share no language: the participant speaks Spanish, English, the mentor Polish</li>")
                .containsPattern("value=\"m-3\"[^>]*checked");
    }

    @Test
    void noMentorChosenAsksForOne() {
        String refused = Browser.body(
                browser.submit("/participants/p-1/pair", "/participants/p-1/pair", form()),
                HttpStatus.UNPROCESSABLE_CONTENT);

        assertThat(refused).contains("Choose a mentor.");
        assertThat(stub.received("POST", "/api/pairings")).isEmpty();
    }

    @Test
    void intakeStaffAreRefusedPairingByHand() {
        browser = new Browser(port, stub).signedInAs(Person.INTAKE);
        stub.answer("GET", "/api/participants/p-1/mentor-options", 403, "{\"status\":403,\"title\":\"Forbidden\"}");

        assertThat(browser.get("/participants/p-1/pair").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aWaitingParticipantsPageLinksToPairingByHandForAManager() {
        stub.answer("GET", "/api/audit", 200, "[]");

        assertThat(browser.get("/participants/p-1").getResponseBody()).contains("href=\"/participants/p-1/pair\"");
    }
}
