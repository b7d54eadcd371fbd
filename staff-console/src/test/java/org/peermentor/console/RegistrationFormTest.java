package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.console.support.Forms.fields;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.Browser;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.PersonJson;
import org.peermentor.console.support.StubBackend.Person;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RegistrationFormTest extends ConsoleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void signedInAsIntakeStaff() {
        browser.signedInAs(Person.INTAKE);
    }

    @Test
    void theFormOffersEveryContractFieldUnderItsJsonName() {
        String page = browser.get("/participants/new").getResponseBody();

        assertThat(page)
                .contains(
                        "name=\"programId\"",
                        "name=\"firstName\"",
                        "name=\"lastName\"",
                        "name=\"email\"",
                        "name=\"phone\"",
                        "name=\"birthYear\"",
                        "name=\"gender\"",
                        "name=\"languages\"",
                        "name=\"timezone\"",
                        "name=\"region\"",
                        "name=\"primaryIssue\"",
                        "name=\"issues\"",
                        "name=\"formats\"",
                        "name=\"mentorGenderPreference\"",
                        "name=\"urgency\"",
                        "name=\"availability[0].day\"",
                        "name=\"availability[0].start\"",
                        "name=\"availability[0].end\"",
                        "name=\"consent.dataProcessing\"",
                        "name=\"consent.contactByEmail\"",
                        "<option value=\"demo-recovery\">Demo recovery</option>",
                        "Alcohol use",
                        "Tuesday",
                        "America/Chicago",
                        "They agree that we store and use these details to find them a mentor");
        assertThat(page).doesNotContain("id=\"name\"");
        assertThat(page.split("<select", -1))
                .as("one select per single choice, none picked up twice")
                .hasSize(8);
    }

    @Test
    void registeringPostsTheContractsJsonWithThePersonsOwnToken() throws Exception {
        stub.answer(
                "POST",
                "/api/participants",
                201,
                PersonJson.participant().with("id", "p-42").json());

        EntityExchangeResult<String> sent = browser.submit("/participants/new", "/participants/new", ana());

        assertThat(sent.getStatus().is3xxRedirection()).isTrue();
        assertThat(Browser.location(sent)).isEqualTo("/participants/p-42?registered");
        var request = stub.last("POST", "/api/participants");
        assertThat(request.header("Authorization")).isEqualTo("Bearer access-intake");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("programId").asString()).isEqualTo("demo-recovery");
        assertThat(body.get("firstName").asString()).isEqualTo("Ana");
        assertThat(body.get("birthYear").isInt()).isTrue();
        assertThat(body.get("birthYear").asInt()).isEqualTo(1991);
        assertThat(body.get("languages").toString()).isEqualTo("[\"es\",\"en\"]");
        assertThat(body.get("formats").toString()).isEqualTo("[\"ONLINE\",\"IN_PERSON\"]");
        assertThat(body.get("availability").toString())
                .isEqualTo("[{\"day\":\"TUESDAY\",\"start\":\"18:00\",\"end\":\"20:00\"}]");
        assertThat(body.get("consent").toString()).isEqualTo("{\"dataProcessing\":true,\"contactByEmail\":false}");
        assertThat(body.get("primaryIssue").asString()).isEqualTo("ALCOHOL_USE");
        assertThat(body.has("_csrf")).isFalse();
        assertThat(body.has("version")).isFalse();
        assertThat(body.has("capacity")).isFalse();
    }

    @Test
    void aRefusedFieldIsShownNextToItselfAndTheFormComesBackAsTyped() {
        stub.answer("POST", "/api/participants", 400, """
                {"status":400,"title":"Invalid request","detail":"2 field(s) are invalid; see errors.",
                 "errors":[{"field":"birthYear","message":"must be between 1900 and this year"},
                           {"field":"availability[0].end","message":"must be after start"}]}""");
        MultiValueMap<String, String> typed = ana();
        typed.set("birthYear", "1800");

        String page =
                Browser.body(browser.submit("/participants/new", "/participants/new", typed), HttpStatus.BAD_REQUEST);

        assertThat(page).contains("id=\"f-birthYear-error\">Must be between 1900 and this year.</p>");
        assertThat(page)
                .containsPattern("<input type=\"text\" id=\"f-birthYear\" name=\"birthYear\" value=\"1800\""
                        + "[^>]*aria-invalid=\"true\"\\s+aria-describedby=\"f-birthYear-hint f-birthYear-error\"");
        assertThat(page).containsPattern("id=\"f-availability-0-end\"[^>]*aria-invalid=\"true\"");
        assertThat(page).contains("role=\"alert\"", "href=\"#f-birthYear\"", "href=\"#f-availability-0-end\"");
        assertThat(page).contains("value=\"Ana\"", "value=\"Silva\"");
        assertThat(page).containsPattern("id=\"f-languages-es\" name=\"languages\" value=\"es\"[^>]*checked");
        assertThat(page).containsPattern("id=\"f-formats-IN_PERSON\"[^>]*checked");
        assertThat(page).containsPattern("<option value=\"TUESDAY\" selected");
    }

    @Test
    void aYearThatIsNotANumberIsShownAtItsFieldWithoutAskingIntake() {
        MultiValueMap<String, String> typed = ana();
        typed.set("birthYear", "nineteen");

        String refused =
                Browser.body(browser.submit("/participants/new", "/participants/new", typed), HttpStatus.BAD_REQUEST);

        assertThat(refused).contains("Enter the year of birth as four digits", "value=\"nineteen\"");
        assertThat(stub.received("POST", "/api/participants")).isEmpty();
    }

    @Test
    void addAnotherTimeAndRemoveWorkWithoutJavaScriptAndKeepWhatWasTyped() {
        MultiValueMap<String, String> typed = ana();
        typed.add("_addSlot", "1");

        String added =
                browser.submit("/participants/new", "/participants/new", typed).getResponseBody();

        assertThat(added).contains("name=\"availability[1].day\"", "value=\"Ana\"");
        assertThat(stub.received("POST", "/api/participants")).isEmpty();

        MultiValueMap<String, String> twoSlots = ana();
        twoSlots.add("availability[1].day", "FRIDAY");
        twoSlots.add("availability[1].start", "09:00");
        twoSlots.add("availability[1].end", "10:00");
        twoSlots.add("_removeSlot", "0");
        String removed = browser.submit("/participants/new", "/participants/new", twoSlots)
                .getResponseBody();

        assertThat(removed).contains("name=\"availability[0].day\"").doesNotContain("name=\"availability[1].day\"");
        assertThat(removed).containsPattern("<option value=\"FRIDAY\" selected").contains("value=\"09:00\"");
    }

    @Test
    void aSecondRegistrationWithTheSameEmailIsShownAtTheEmailField() {
        stub.answer(
                "POST", "/api/participants", 409, "{\"status\":409,\"title\":\"Conflict\",\"detail\":\"duplicate\"}");

        String page =
                browser.submit("/participants/new", "/participants/new", ana()).getResponseBody();

        assertThat(page)
                .contains("id=\"f-email-error\">Someone with this email is already registered in this program.");
    }

    static MultiValueMap<String, String> ana() {
        return fields("""
                programId=demo-recovery
                firstName=Ana
                lastName=Silva
                email=ana@example.org
                birthYear=1991
                gender=FEMALE
                languages=es
                languages=en
                timezone=America/Chicago
                primaryIssue=ALCOHOL_USE
                formats=ONLINE
                formats=IN_PERSON
                region=chicago-north
                mentorGenderPreference=ANY
                urgency=NORMAL
                availability[0].day=TUESDAY
                availability[0].start=18:00
                availability[0].end=20:00
                consent.dataProcessing=true
                """);
    }
}
