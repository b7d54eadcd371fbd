package org.peermentor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.peermentor.browser.support.Browser;
import org.peermentor.browser.support.ConsoleStack;
import org.peermentor.browser.support.IntakeApi;
import tools.jackson.databind.JsonNode;

/** The intake desk's day in the console: register, correct, edit and import people without writing any JSON. */
@ExtendWith(ConsoleStack.class)
class IntakeDeskTest {

    private static final String PROGRAM = "demo-recovery";
    private final IntakeApi intake = new IntakeApi();

    @BeforeAll
    static void theProgramHasAName() {
        new IntakeApi().nameProgram(PROGRAM, "Demo recovery");
    }

    @Test
    void registeringAParticipantThroughTheForm() {
        String lastName = unique("Silva");
        try (Browser browser = Browser.open()) {
            browser.signInAs("intake").go("/participants/new").check("participant-form");

            fillParticipant(browser, lastName, "1991");
            browser.press("Register");

            assertThat(browser.url()).matches(".*/participants/[0-9a-f-]+(\\?.*)?$");
            assertThat(browser.text()).contains("Ana " + lastName).contains("Tuesday");
            browser.awaitText("Waiting for a mentor").check("participant-page");
        }
        assertThat(intake.participantsNamed(PROGRAM, lastName)).hasSize(1);
    }

    @Test
    void aBadBirthYearIsShownNextToItsFieldAndNothingIsStored() {
        String lastName = unique("Nowak");
        try (Browser browser = Browser.open()) {
            browser.signInAs("intake").go("/participants/new");

            fillParticipant(browser, lastName, "1800");
            browser.press("Register");

            WebElement birthYear = browser.field("birthYear");
            assertThat(birthYear.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(birthYear.getAttribute("value")).as("kept as typed").isEqualTo("1800");
            assertThat(browser.field("lastName").getAttribute("value"))
                    .as("kept as typed")
                    .isEqualTo(lastName);
            String describedBy = birthYear.getAttribute("aria-describedby");
            assertThat(describedBy).isNotBlank();
            assertThat(browser.one("[id='" + describedBy.split(" ")[0] + "']").getText())
                    .isNotBlank();
            browser.check("participant-form-refused");
        }
        assertThat(intake.participantsNamed(PROGRAM, lastName)).isEmpty();
    }

    @Test
    void editingAParticipantIsSavedAndAuditedUnderThePersonsUsername() {
        String id = intake.registerParticipant(PROGRAM, "Bea", unique("Kowal"));
        String newLastName = unique("Kowalska");
        try (Browser browser = Browser.open()) {
            browser.signInAs("intake").go("/participants/" + id + "/edit").check("participant-edit");

            browser.type("lastName", newLastName).press("Save");

            assertThat(browser.url()).contains("/participants/" + id);
            assertThat(browser.text()).contains(newLastName);
        }
        assertThat(intake.participant(id).path("lastName").asString()).isEqualTo(newLastName);
        List<JsonNode> updates = intake.auditTrail(id).stream()
                .filter(entry -> "UPDATE".equals(entry.path("action").asString()))
                .toList();
        assertThat(updates).singleElement().satisfies(entry -> {
            assertThat(entry.path("actor").asString()).isEqualTo("intake");
            assertThat(entry.path("client").asString()).isEqualTo("staff-console");
        });
    }

    @Test
    void importingACsvShowsEachRowsResult(@TempDir Path dir) throws IOException {
        String tag = unique("Imp");
        Path csv = dir.resolve("people.csv");
        Files.writeString(
                csv,
                String.join(
                                "\n",
                                "firstName,lastName,birthYear,gender,languages,timezone,primaryIssue,formats,availability,consent.dataProcessing",
                                "Cara," + tag
                                        + ",1985,FEMALE,en;es,America/Chicago,GRIEF,ONLINE,TUESDAY 18:00-20:00,true",
                                "\"=HYPERLINK(\"\"http://example.org\"\";\"\"x\"\")\"," + tag
                                        + ",1979,MALE,en,Europe/Warsaw,GRIEF,PHONE,MONDAY 09:00-11:00,true",
                                "Dora," + tag + ",1800,FEMALE,en,America/Chicago,GRIEF,ONLINE,TUESDAY 18:00-20:00,true")
                        + "\n",
                StandardCharsets.UTF_8);
        try (Browser browser = Browser.open()) {
            browser.signInAs("intake").go("/import").check("import-form");

            browser.choose("kind", "participants")
                    .choose("programId", PROGRAM)
                    .attach("file", csv)
                    .press("Import");

            browser.awaitText("Rejected");
            List<String> rows =
                    browser.all("tbody tr").stream().map(WebElement::getText).toList();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).contains("Created");
            assertThat(rows.get(1)).contains("Created");
            assertThat(rows.get(2)).contains("Rejected").contains("birthYear");
            browser.check("import-results");

            browser.go("/participants?programId=" + PROGRAM).type("q", tag).press("Show");
            assertThat(browser.text())
                    .as("a formula is shown as the text it is")
                    .contains("=HYPERLINK(");
        }
        assertThat(intake.participantsNamed(PROGRAM, tag)).hasSize(2);
    }

    @Test
    void theListsFilterByStatusAndSearchByName() {
        String lastName = unique("Listed");
        intake.registerParticipant(PROGRAM, "Eva", lastName);
        try (Browser browser = Browser.open()) {
            browser.signInAs("intake").go("/participants?programId=" + PROGRAM);
            browser.check("participant-list");

            browser.type("q", lastName).press("Show");

            assertThat(browser.all("tbody tr")).hasSize(1);
            assertThat(browser.text()).contains("Eva " + lastName);
            assertThat(browser.url()).as("no name in the address").doesNotContain(lastName);
            browser.go("/mentors?programId=" + PROGRAM).check("mentor-list");
            browser.go("/mentors/new").check("mentor-form");
        }
    }

    private static void fillParticipant(Browser browser, String lastName, String birthYear) {
        browser.choose("programId", PROGRAM)
                .type("firstName", "Ana")
                .type("lastName", lastName)
                .type("email", lastName.toLowerCase() + "@example.org")
                .type("birthYear", birthYear)
                .choose("gender", "FEMALE")
                .choose("languages", "es")
                .choose("languages", "en")
                .choose("timezone", "America/Chicago")
                .choose("primaryIssue", "ALCOHOL_USE")
                .choose("formats", "ONLINE")
                .choose("availability[0].day", "TUESDAY")
                .type("availability[0].start", "18:00")
                .type("availability[0].end", "20:00")
                .choose("consent.dataProcessing", "true")
                .choose("consent.contactByEmail", "true");
    }

    private static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
    }
}
