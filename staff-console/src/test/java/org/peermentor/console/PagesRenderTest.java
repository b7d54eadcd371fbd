package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.PersonJson;
import org.peermentor.console.support.StubBackend.Person;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** Every page renders in the console's layout: one h1, a title, the skip link, and the links the person's roles call for. */
class PagesRenderTest extends ConsoleTest {

    @Test
    void theStartPageSaysWhatIntakeStaffCanDoAndListsTheirPrograms() {
        browser.signedInAs(Person.INTAKE);

        String home = browser.get("/").getResponseBody();

        assertThat(home)
                .contains(
                        "<html lang=\"en\">",
                        "<title>Home — Staff console</title>",
                        "class=\"skip-link\" href=\"#main\"",
                        "Welcome, Ida Intake",
                        "href=\"/participants/new\"",
                        "href=\"/import\"",
                        "Demo recovery");
        assertThat(home).doesNotContain("Run your programs");
        assertThat(home.split("<h1", -1)).hasSize(2);
    }

    @Test
    void aProgramManagerIsOfferedTheProgramsNotRegistration() {
        browser.signedInAs(Person.MANAGER);

        String home = browser.get("/").getResponseBody();
        String programs = browser.get("/programs").getResponseBody();

        assertThat(home).contains("Run your programs").doesNotContain("href=\"/participants/new\"", "href=\"/import\"");
        assertThat(programs)
                .contains("href=\"/programs/demo-recovery\"", "href=\"/participants?programId=demo-recovery\"");
    }

    @Test
    void theMentorFormHasTheMentorsFields() {
        browser.signedInAs(Person.INTAKE);

        String form = browser.get("/mentors/new").getResponseBody();

        assertThat(form)
                .contains(
                        "Register a mentor",
                        "name=\"livedExperience\"",
                        "name=\"trainedFor\"",
                        "name=\"capacity\" value=\"2\"",
                        "name=\"active\" value=\"true\"")
                .doesNotContain("name=\"primaryIssue\"", "name=\"urgency\"");
        assertThat(form).containsPattern("id=\"f-active\" name=\"active\" value=\"true\"[^>]*checked");
    }

    @Test
    void theMentorsPageUsesTheMentorsWords() {
        browser.signedInAs(Person.INTAKE);
        stub.answer(
                "GET",
                "/api/mentors/m-1",
                200,
                PersonJson.participant()
                        .with("id", "m-1")
                        .with("status", "ACTIVE")
                        .with("livedExperience", List.of("GRIEF"))
                        .with("capacity", 3)
                        .with("active", true)
                        .json());

        String page = browser.get("/mentors/m-1").getResponseBody();

        assertThat(page)
                .contains("Lived experience", "Grief", "People at once", "class=\"badge ACTIVE\">Active</span>");
    }

    @Test
    void theStylesheetsAndHtmxAreServedToAnyoneFromThisServer() {
        for (String asset :
                List.of("/theme/console.css", "/css/staff.css", "/webjars/htmx.org/2.0.8/dist/htmx.min.js")) {
            EntityExchangeResult<String> served = browser.get(asset);
            assertThat(served.getStatus()).as(asset).isEqualTo(HttpStatus.OK);
        }
    }
}
