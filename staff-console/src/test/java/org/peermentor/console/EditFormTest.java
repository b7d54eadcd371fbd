package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.Browser;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.PersonJson;
import org.peermentor.console.support.StubBackend.Person;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class EditFormTest extends ConsoleTest {

    @BeforeEach
    void anaIsRegisteredAndIntakeStaffAreSignedIn() {
        stub.answer(
                "GET", "/api/participants/p-1", 200, PersonJson.participant().json());
        browser.signedInAs(Person.INTAKE);
    }

    @Test
    void theEditFormOpensWithTheRecordAndSavesItWithItsVersion() {
        String form = browser.get("/participants/p-1/edit").getResponseBody();
        assertThat(form).contains("name=\"version\" value=\"3\"", "value=\"+15550100\"", "Edit Ana Silva");
        stub.answer(
                "PUT",
                "/api/participants/p-1",
                200,
                PersonJson.participant().with("version", 4).json());

        EntityExchangeResult<String> saved =
                browser.submit("/participants/p-1/edit", "/participants/p-1/edit", edited("+15550199"));

        assertThat(saved.getStatus().is3xxRedirection()).isTrue();
        assertThat(Browser.location(saved)).isEqualTo("/participants/p-1?saved");
        assertThat(stub.last("PUT", "/api/participants/p-1").header("If-Match")).isEqualTo("\"3\"");
        assertThat(stub.last("PUT", "/api/participants/p-1").body()).contains("\"phone\":\"+15550199\"");
    }

    @Test
    void anEditThatLostARaceShowsTheNewerVersionAndWhatWasTyped() {
        stub.answer(
                "PUT",
                "/api/participants/p-1",
                412,
                "{\"status\":412,\"title\":\"Precondition Failed\",\"detail\":\"version 3 is not the current one\"}");
        String form = browser.get("/participants/p-1/edit").getResponseBody();
        stub.answer(
                "GET",
                "/api/participants/p-1",
                200,
                PersonJson.participant()
                        .with("version", 4)
                        .with("phone", "+15550142")
                        .json());

        MultiValueMap<String, String> typed = edited("+15550199");
        typed.add("_csrf", Browser.csrfTokenOf(form));
        String page = Browser.body(browser.post("/participants/p-1/edit", typed), HttpStatus.CONFLICT);

        assertThat(page)
                .contains("Someone else changed this record while you were editing. Here is the newer version; "
                        + "your changes were not saved.");
        assertThat(page).contains("name=\"version\" value=\"4\"", "value=\"+15550142\"");
        assertThat(page).contains("<dt>Phone</dt>", "<dd>+15550199</dd>");
    }

    private static MultiValueMap<String, String> edited(String phone) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>(RegistrationFormTest.ana());
        form.add("version", "3");
        form.add("phone", phone);
        return form;
    }
}
