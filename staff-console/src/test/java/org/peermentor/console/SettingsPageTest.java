package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.console.support.Forms.fields;
import static org.peermentor.console.support.Forms.form;

import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.Browser;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.StubBackend.Person;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A program manager reads each setting in words, tries weights in a dry run beside the last round, and saves. */
class SettingsPageTest extends ConsoleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PAGE = "/programs/demo-recovery/settings";
    private static final String API = "/api/programs/demo-recovery/settings";
    private static final String SETTINGS = """
            {"programId":"demo-recovery","minOverlapMinutes":60,"autoApprove":false,"settleTimeSeconds":30,
             "weights":{"urgency":1000000,"waitingTime":1000,"sharedIssues":20,"ageCloseness":2,"overlap":2,
                        "sameRegion":30,"mentorLoadBalance":10},
             "reminderAfter":"P3D","checkIns":{"firstAfter":"P14D","every":"PT12H"},"rematchOnNewMentorRequest":false}""";

    @BeforeEach
    void aManagerOfTheProgram() {
        stub.answerTheDemoProgram();
        stub.answer("GET", API, 200, SETTINGS);
        browser.signedInAs(Person.MANAGER);
    }

    @Test
    void everySettingAndWeightIsExplainedInWordsUnderItsJsonName() {
        String page = browser.page(PAGE, HttpStatus.OK);

        assertThat(page)
                .contains(
                        "<title>Matching settings of Demo recovery — Staff console</title>",
                        "name=\"_csrf\"",
                        "name=\"minOverlapMinutes\" value=\"60\"",
                        "name=\"settleTimeSeconds\" value=\"30\"",
                        "name=\"autoApprove\" value=\"true\"",
                        "name=\"weights.urgency\" value=\"1000000\"",
                        "name=\"weights.waitingTime\" value=\"1000\"",
                        "name=\"weights.sharedIssues\" value=\"20\"",
                        "name=\"weights.ageCloseness\" value=\"2\"",
                        "name=\"weights.overlap\" value=\"2\"",
                        "name=\"weights.sameRegion\" value=\"30\"",
                        "name=\"weights.mentorLoadBalance\" value=\"10\"",
                        "Points for each pair living in the same region. 0: region does not matter",
                        "Points for each year under 30 between their years of birth",
                        "0: age plays no part",
                        "formaction=\"/programs/demo-recovery/settings/try\"",
                        "Try these weights");
        assertThat(page)
                .containsPattern("id=\"f-weights-sameRegion\"[^>]*aria-describedby=\"f-weights-sameRegion-hint\"");
        assertThat(page).doesNotContainPattern("id=\"f-autoApprove\"[^>]*checked");
        assertThat(page).doesNotContain("style=", "<script>", "id=\"dry-run\"");
    }

    @Test
    void savingSendsEverySettingAsJsonAndSaysTheNextRoundUsesThem() {
        stub.answer("PUT", API, 200, SETTINGS);
        MultiValueMap<String, String> typed = typed("weights.sameRegion", "200", "autoApprove", "true");

        EntityExchangeResult<String> saved = browser.submit(PAGE, PAGE, typed);

        assertThat(saved.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(Browser.location(saved)).isEqualTo(PAGE + "?saved");
        JsonNode body = sent();
        assertThat(body.toString())
                .isEqualTo("{\"minOverlapMinutes\":60,\"autoApprove\":true,\"settleTimeSeconds\":30,"
                        + "\"weights\":{\"urgency\":1000000,\"waitingTime\":1000,\"sharedIssues\":20,\"ageCloseness\":2,"
                        + "\"overlap\":2,\"sameRegion\":200,\"mentorLoadBalance\":10},"
                        + "\"reminderAfter\":\"P3D\",\"checkIns\":{\"firstAfter\":\"P14D\",\"every\":\"PT12H\"},"
                        + "\"rematchOnNewMentorRequest\":false}");
        assertThat(browser.get(PAGE + "?saved").getResponseBody())
                .contains("Saved; the next round uses these settings");
    }

    @Test
    void aWeightMatchingRefusesIsShownAtItsFieldAndTheFormComesBackAsTyped() {
        matchingRefuses("weights.sameRegion", "must be between 0 and 100000000");
        MultiValueMap<String, String> typed = typed("weights.sameRegion", "-5", "minOverlapMinutes", "45");

        AbstractStringAssert<?> refused =
                refusedAtItsField(typed, "weights.sameRegion", "Same region", "Must be between 0 and 100000000.", "-5");

        refused.contains("name=\"minOverlapMinutes\" value=\"45\"").doesNotContain("Saved; the next round");
    }

    @Test
    void theRemindersAndCheckInsAreShownInDaysOrHoursAndTheRematchBoxExplained() {
        String page = browser.get(PAGE).getResponseBody();

        assertThat(page)
                .contains(
                        "Following pairings",
                        "Remind a mentor who has not answered after",
                        "name=\"reminderAfter\" value=\"3\"",
                        "First check-in after",
                        "name=\"checkIns.firstAfter\" value=\"14\"",
                        "Then a check-in every",
                        "name=\"checkIns.every\" value=\"12\"",
                        "End and rematch by itself when a participant asks for a new mentor",
                        "a program manager decides")
                .containsPattern(
                        "name=\"reminderAfterUnit\">\\s*<option value=\"DAYS\" selected=\"selected\">days</option>")
                .containsPattern("name=\"checkIns.everyUnit\">\\s*<option value=\"DAYS\">days</option>\\s*"
                        + "<option value=\"HOURS\" selected=\"selected\">hours</option>\\s*</select>")
                .containsPattern("<label class=\"visually-hidden\" for=\"f-checkIns-everyUnit\">")
                .doesNotContainPattern("id=\"f-rematchOnNewMentorRequest\"[^>]*checked");
    }

    @Test
    void durationsAreSentAsIsoDurationsAndTheRematchBoxAsABoolean() {
        stub.answer("PUT", API, 200, SETTINGS);
        MultiValueMap<String, String> typed = typed(
                "reminderAfter",
                "36",
                "reminderAfterUnit",
                "HOURS",
                "checkIns.firstAfter",
                "7",
                "rematchOnNewMentorRequest",
                "true");

        EntityExchangeResult<String> saved = browser.submit(PAGE, PAGE, typed);

        assertThat(Browser.location(saved)).isEqualTo(PAGE + "?saved");
        JsonNode body = sent();
        assertThat(body.get("reminderAfter").asString()).isEqualTo("PT36H");
        assertThat(body.get("checkIns").toString()).isEqualTo("{\"firstAfter\":\"P7D\",\"every\":\"PT12H\"}");
        assertThat(body.get("rematchOnNewMentorRequest").asBoolean()).isTrue();
    }

    @Test
    void aDurationMatchingRefusesIsShownAtItsFieldAsTyped() {
        matchingRefuses("checkIns.every", "must be between PT1S and P365D");
        MultiValueMap<String, String> typed = typed("checkIns.every", "400", "checkIns.everyUnit", "DAYS");

        AbstractStringAssert<?> refused = refusedAtItsField(
                typed, "checkIns.every", "Then a check-in every", "Must be between PT1S and P365D.", "400");

        refused.containsPattern("aria-describedby=\"f-checkIns-every-hint f-checkIns-every-error\"");
        assertThat(sent().get("checkIns").get("every").asString()).isEqualTo("P400D");
    }

    @Test
    void aDurationThatIsNotAWholeNumberOfAtLeastOneIsShownAtItsFieldWithoutAskingMatching() {
        MultiValueMap<String, String> typed = typed("reminderAfter", "0", "checkIns.firstAfter", "two");

        String refused = Browser.body(browser.submit(PAGE, PAGE, typed), HttpStatus.BAD_REQUEST);

        assertThat(refused)
                .contains(
                        "id=\"f-reminderAfter-error\">Enter a whole number of days or hours",
                        "id=\"f-checkIns-firstAfter-error\">Enter a whole number of days or hours",
                        "value=\"two\"");
        assertThat(stub.received("PUT", API)).isEmpty();
    }

    @Test
    void aShortDurationSavedInSecondsKeepsItsUnitWhenTheFormIsSavedUnchanged() {
        stub.answer("GET", API, 200, SETTINGS.replace("\"P3D\"", "\"PT5S\""));
        stub.answer("PUT", API, 200, SETTINGS);

        String page = browser.get(PAGE).getResponseBody();
        MultiValueMap<String, String> typed = typed("reminderAfter", "5", "reminderAfterUnit", "SECONDS");
        browser.submit(PAGE, PAGE, typed);

        assertThat(page)
                .contains(
                        "name=\"reminderAfter\" value=\"5\"",
                        "<option value=\"SECONDS\" selected=\"selected\">seconds</option>");
        assertThat(sent().get("reminderAfter").asString()).isEqualTo("PT5S");
    }

    @Test
    void aWeightThatIsNotANumberIsShownAtItsFieldWithoutAskingMatching() {
        MultiValueMap<String, String> typed = typed("weights.overlap", "lots");

        String refused = Browser.body(browser.submit(PAGE, PAGE + "/try", typed), HttpStatus.BAD_REQUEST);

        assertThat(refused).contains("id=\"f-weights-overlap-error\">Enter a whole number", "value=\"lots\"");
        assertThat(stub.received("POST", "/api/programs/demo-recovery/rounds")).isEmpty();
        assertThat(stub.received("PUT", API)).isEmpty();
    }

    @Test
    void tryingStartsADryRunWithTheFormsWeightsAndThePagePollsWhileItSolves() {
        stub.answer("POST", "/api/programs/demo-recovery/rounds", 202, "{\"id\":\"dry-1\",\"status\":\"SOLVING\"}");
        stub.answer("GET", "/api/rounds/dry-1", 200, """
                {"id":"dry-1","programId":"demo-recovery","status":"SOLVING","dryRun":true,"automatic":false,
                 "weights":{"urgency":1000000,"waitingTime":1000,"sharedIssues":20,"ageCloseness":0,"overlap":2,
                            "sameRegion":30,"mentorLoadBalance":10}}""");
        MultiValueMap<String, String> typed = typed("weights.ageCloseness", "0");

        EntityExchangeResult<String> tried = browser.submit(PAGE, PAGE + "/try", typed);

        assertThat(tried.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(Browser.location(tried)).isEqualTo(PAGE + "?dryRun=dry-1");
        JsonNode body = JSON.readTree(
                stub.last("POST", "/api/programs/demo-recovery/rounds").body());
        assertThat(body.get("dryRun").asBoolean()).isTrue();
        assertThat(body.get("weights").get("ageCloseness").asInt()).isZero();
        assertThat(body.get("weights").get("sameRegion").asInt()).isEqualTo(30);
        assertThat(stub.received("PUT", API)).as("trying saves nothing").isEmpty();

        String page = browser.get(PAGE + "?dryRun=dry-1").getResponseBody();
        assertThat(page)
                .contains(
                        "name=\"weights.ageCloseness\" value=\"0\"",
                        "hx-trigger=\"every 2s\"",
                        "hx-get=\"/programs/demo-recovery/settings/dry-runs/dry-1\"",
                        "The dry run is working out");
    }

    @Test
    void aFinishedDryRunShowsExactlyTheDifferencesItWasGivenBesideTheLastRound() {
        stub.answer("GET", "/api/rounds/dry-2", 200, finishedDryRun("dry-2", """
                "comparedTo":{"roundId":"real-1","matchedCount":2,"unmatchedCount":1,
                  "termTotals":{"urgency":0,"waitingTime":2000,"sharedIssues":0,"ageCloseness":120,"overlap":32,
                                "sameRegion":0,"mentorLoadBalance":-20},
                  "differences":[
                    {"participantId":"p-ana","participantFirstName":"Ana",
                     "before":{"mentorId":"m-old","mentorFirstName":"Olga","explanation":["Born 0 years apart"]},
                     "after":{"mentorId":"m-new","mentorFirstName":"Nina","explanation":["Both live in north"]}},
                    {"participantId":"p-gone","participantFirstName":null,
                     "before":null,
                     "after":{"mentorId":"m-erased","mentorFirstName":null,"explanation":["Shares grief"]}}]}"""));

        String html = browser.page(PAGE + "?dryRun=dry-2", HttpStatus.OK);

        assertThat(html)
                .contains(
                        "Current settings (last round)",
                        "These weights",
                        "2 participants would get a different mentor.",
                        "data-participant-id=\"p-ana\"",
                        "data-participant-id=\"p-gone\"",
                        "Olga",
                        "Born 0 years apart",
                        "Nina",
                        "Both live in north",
                        "Someone erased",
                        "No mentor in the last round",
                        "Shares grief",
                        "Closeness in age",
                        "120 points",
                        "Same region",
                        "60 points",
                        "minus 20 points",
                        "2,000 points")
                .doesNotContain("hx-get=\"/programs/demo-recovery/settings/dry-runs/dry-2\"");
        assertThat(html.split("data-participant-id=", -1))
                .as("one row per difference, no more")
                .hasSize(3);
        assertThat(html).containsPattern("Participants given a mentor</th>\\s*<td>2</td>\\s*<td>3</td>");

        String polled =
                browser.get("/programs/demo-recovery/settings/dry-runs/dry-2").getResponseBody();
        assertThat(polled)
                .startsWith("<section id=\"dry-run\"")
                .contains("Nina", "Someone erased")
                .doesNotContain("<html", "hx-get");
    }

    @Test
    void withoutAnEarlierRealRoundThePageSaysThereIsNothingToCompareWith() {
        stub.answer("GET", "/api/rounds/dry-3", 200, finishedDryRun("dry-3", "\"comparedTo\":null"));

        String page = browser.get(PAGE + "?dryRun=dry-3").getResponseBody();

        assertThat(page)
                .contains("No real round has run in this program yet", "60 points")
                .doesNotContain("Current settings (last round)", "would get a different mentor");
    }

    @Test
    void aRoundRunningMeanwhileIsSaidInWords() {
        stub.answer(
                "POST",
                "/api/programs/demo-recovery/rounds",
                409,
                "{\"status\":409,\"title\":\"Conflict\",\"detail\":\"Round in progress\"}");

        String refused = Browser.body(browser.submit(PAGE, PAGE + "/try", typed()), HttpStatus.CONFLICT);

        assertThat(refused).contains("A round is running in this program right now", "role=\"alert\"");
    }

    @Test
    void aRealRoundOrAnotherProgramsDryRunIsNotFoundHere() {
        stub.answer(
                "GET",
                "/api/rounds/real-1",
                200,
                "{\"id\":\"real-1\",\"programId\":\"demo-recovery\",\"status\":\"COMPLETED\",\"dryRun\":false,\"automatic\":false}");
        stub.answer(
                "GET",
                "/api/rounds/dry-x",
                200,
                "{\"id\":\"dry-x\",\"programId\":\"demo-other\",\"status\":\"COMPLETED\",\"dryRun\":true,\"automatic\":false}");

        assertThat(browser.get(PAGE + "?dryRun=real-1").getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(browser.get(PAGE + "?dryRun=dry-x").getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void someoneWithoutTheManagersRoleGetsTheNotAllowedPageAndAnotherProgramIsNotFound() {
        stub.answer("GET", API, 403, "{\"status\":403,\"title\":\"Forbidden\"}");
        Browser intake = new Browser(port, stub).signedInAs(Person.INTAKE);

        stub.answer("PUT", API, 403, "{\"status\":403,\"title\":\"Forbidden\"}");
        EntityExchangeResult<String> refused = intake.get(PAGE);
        EntityExchangeResult<String> refusedSave = intake.submit(PAGE, PAGE, typed());
        EntityExchangeResult<String> elsewhere = browser.get("/programs/demo-elsewhere/settings");

        assertThat(Browser.body(refused, HttpStatus.FORBIDDEN))
                .contains("You cannot do this")
                .doesNotContain("weights.");
        assertThat(refusedSave.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Browser.body(elsewhere, HttpStatus.NOT_FOUND)).contains("Not found");
    }

    /** Matching refuses the settings it is sent, with this message at this field. */
    private static void matchingRefuses(String field, String message) {
        stub.answer("PUT", API, 400, """
                {"status":400,"title":"Invalid request","detail":"1 field(s) are invalid; see errors.",
                 "errors":[{"field":"%s","message":"%s"}]}""".formatted(field, message));
    }

    /**
     * Sends the form as typed, which comes back as a 400 with {@code shown} at the field (its id is the field's name
     * with dashes), linked from the summary under its {@code label}, and the field holding {@code value}, marked invalid.
     */
    private AbstractStringAssert<?> refusedAtItsField(
            MultiValueMap<String, String> typed, String field, String label, String shown, String value) {
        String id = "f-" + field.replace('.', '-');

        String refused = Browser.body(browser.submit(PAGE, PAGE, typed), HttpStatus.BAD_REQUEST);

        return assertThat(refused)
                .contains("id=\"" + id + "-error\">" + shown + "</p>", "href=\"#" + id + "\"", label + ": " + shown)
                .containsPattern("name=\"" + field + "\" value=\"" + value + "\"[^>]*aria-invalid=\"true\"");
    }

    /** The settings as the page last sent them to matching. */
    private static JsonNode sent() {
        return JSON.readTree(stub.last("PUT", API).body());
    }

    /** The form as the page shows the settings, with these fields typed over it (name, value, name, value, …). */
    private static MultiValueMap<String, String> typed(String... fieldsAndValues) {
        MultiValueMap<String, String> shown = fields("""
                minOverlapMinutes=60
                settleTimeSeconds=30
                weights.urgency=1000000
                weights.waitingTime=1000
                weights.sharedIssues=20
                weights.ageCloseness=2
                weights.overlap=2
                weights.sameRegion=30
                weights.mentorLoadBalance=10
                reminderAfter=3
                reminderAfterUnit=DAYS
                checkIns.firstAfter=14
                checkIns.firstAfterUnit=DAYS
                checkIns.every=12
                checkIns.everyUnit=HOURS
                """);
        form(fieldsAndValues).forEach(shown::put);
        return shown;
    }

    private static String finishedDryRun(String id, String comparedTo) {
        return """
                {"id":"%s","programId":"demo-recovery","status":"COMPLETED","dryRun":true,"automatic":false,"matchedCount":3,
                 "unmatchedCount":0,
                 "weights":{"urgency":1000000,"waitingTime":1000,"sharedIssues":20,"ageCloseness":0,"overlap":2,
                            "sameRegion":30,"mentorLoadBalance":10},
                 "termTotals":{"urgency":0,"waitingTime":3000,"sharedIssues":0,"ageCloseness":0,"overlap":48,
                               "sameRegion":60,"mentorLoadBalance":-30},
                 %s}""".formatted(id, comparedTo);
    }
}
