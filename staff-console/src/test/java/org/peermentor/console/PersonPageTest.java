package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.console.support.Forms.form;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.Browser;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.PersonJson;
import org.peermentor.console.support.StubBackend.Person;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class PersonPageTest extends ConsoleTest {

    @BeforeEach
    void anaIsRegisteredAndIntakeStaffAreSignedIn() {
        stub.answer(
                "GET",
                "/api/participants/p-1",
                200,
                PersonJson.participant()
                        .with("availability", List.of(Map.of("day", "TUESDAY", "start", "18:00", "end", "20:00")))
                        .json());
        browser.signedInAs(Person.INTAKE);
    }

    @Test
    void theProfileReadsInWordsWithItsStatusAndAuditTrail() {
        stub.answer("GET", "/api/audit", 200, """
                [{"at":"2026-11-02T10:15:30Z","actor":"intake","actorName":"Ida Intake","client":"staff-console",
                  "action":"CREATE"}]""");

        String page = browser.get("/participants/p-1").getResponseBody();

        assertThat(page)
                .contains(
                        "<h1>Ana Silva</h1>",
                        "Tuesday 18:00–20:00",
                        "Alcohol use",
                        "Spanish, English",
                        "Online (video call), In person",
                        "Same gender as theirs",
                        "class=\"badge WAITING\"");
        assertThat(page)
                .contains("aria-live=\"polite\"", "hx-get=\"/participants/p-1/status\"", "hx-trigger=\"every 5s\"");
        assertThat(page).contains("Ida Intake (intake)", "Registered", "staff-console");
        assertThat(stub.last("GET", "/api/audit").queryParameter("recordId")).isEqualTo("p-1");
    }

    @Test
    void theAuditTrailIsLeftOutForThoseTheServiceDoesNotLetReadIt() {
        stub.answer("GET", "/api/audit", 403, "{\"status\":403,\"title\":\"Forbidden\",\"detail\":\"managers only\"}");

        EntityExchangeResult<String> page = browser.get("/participants/p-1");

        assertThat(page.getStatus().is2xxSuccessful()).isTrue();
        assertThat(page.getResponseBody())
                .contains("<h1>Ana Silva</h1>")
                .doesNotContain("Who read or changed this record");
    }

    @Test
    void theStatusRegionFollowsThePairingEvents() {
        stub.answer(
                "GET",
                "/api/participants/p-1",
                200,
                PersonJson.participant().with("status", "PROPOSED").json());

        String region = browser.get("/participants/p-1/status").getResponseBody();

        assertThat(region.trim()).isEqualTo("<span class=\"badge PROPOSED\">Mentor proposed</span>");
    }

    @Test
    void withdrawingAsksFirstAndSaysWhatWillHappen() {
        String confirm = browser.get("/participants/p-1/withdraw").getResponseBody();
        assertThat(confirm)
                .contains(
                        "Ana Silva will no longer be matched; their open proposals are withdrawn; their record stays.");
        stub.answer("DELETE", "/api/participants/p-1", 204, "");

        EntityExchangeResult<String> done =
                browser.submit("/participants/p-1/withdraw", "/participants/p-1/withdraw", form());

        assertThat(Browser.location(done)).isEqualTo("/participants/p-1?withdrawn");
        assertThat(stub.last("DELETE", "/api/participants/p-1").queryParameter("erase"))
                .isNull();
    }

    @Test
    void erasingAsksFirstSaysItCannotBeUndoneAndErases() {
        String confirm = browser.get("/participants/p-1/erase").getResponseBody();
        assertThat(confirm)
                .contains("Their name, contact details and notes are erased for good; this cannot be undone.");
        stub.answer("DELETE", "/api/participants/p-1", 204, "");

        EntityExchangeResult<String> done = browser.submit(
                "/participants/p-1/erase", "/participants/p-1/erase", form("programId", "demo-recovery"));

        assertThat(Browser.location(done)).isEqualTo("/participants?programId=demo-recovery&erased=1");
        assertThat(stub.last("DELETE", "/api/participants/p-1").queryParameter("erase"))
                .isEqualTo("true");
    }
}
