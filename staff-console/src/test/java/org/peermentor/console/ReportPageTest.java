package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.Browser;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.StubBackend.Person;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** Where mentors are missing: charts drawn on the server with their numbers in tables, and a CSV to take away. */
class ReportPageTest extends ConsoleTest {

    private static final String REPORT = """
            {"programId":"demo-recovery","generatedAt":"2026-12-06T12:00:00Z","waiting":4,"freeMentorPlaces":3,
             "byIssue":[{"key":"GRIEF","waiting":3,"medianWaitHours":50,"longestWaitHours":400,"freeMentorPlaces":1},
                        {"key":"ALCOHOL_USE","waiting":1,"medianWaitHours":5,"longestWaitHours":5,"freeMentorPlaces":2}],
             "byLanguage":[{"key":"en","waiting":4,"medianWaitHours":50,"longestWaitHours":400,"freeMentorPlaces":3},
                           {"key":"pl","waiting":0,"medianWaitHours":0,"longestWaitHours":0,"freeMentorPlaces":1}],
             "waitingTimes":[{"key":"UNDER_1_DAY","label":"Under a day","count":1},
                             {"key":"UP_TO_1_WEEK","label":"1 to 7 days","count":2},
                             {"key":"UP_TO_4_WEEKS","label":"1 to 4 weeks","count":1},
                             {"key":"OVER_4_WEEKS","label":"Over 4 weeks","count":0}]}""";

    @BeforeEach
    void aManagerOfTheProgram() {
        stub.answer(
                "GET",
                "/api/programs/demo-recovery",
                200,
                "{\"id\":\"demo-recovery\",\"displayName\":\"Demo recovery\"}");
        stub.answer("GET", "/api/programs/demo-recovery/report", 200, REPORT);
        browser.signedInAs(Person.MANAGER);
    }

    @Test
    void eachChartIsAnImageWithATitleAndItsNumbersInWordsBesideATableOfTheSameNumbers() {
        EntityExchangeResult<String> page = browser.get("/programs/demo-recovery/report");

        String html = page.getResponseBody();
        assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(html)
                .contains(
                        "<title>Supply and demand in Demo recovery — Staff console</title>",
                        "<title id=\"chart-issues-title\">Waiting participants and free mentor places per issue</title>",
                        "aria-labelledby=\"chart-issues-title chart-issues-desc\"",
                        "aria-labelledby=\"chart-languages-title chart-languages-desc\"",
                        "aria-labelledby=\"chart-waits-title chart-waits-desc\"",
                        ">Grief</text>",
                        ">3 waiting</text>",
                        ">1 free place</text>",
                        ">2 free places</text>",
                        ">Alcohol use</text>",
                        ">English</text>",
                        ">Polish</text>",
                        ">0 waiting</text>",
                        ">Under a day</text>",
                        ">2 people</text>",
                        ">1 person</text>",
                        ">0 people</text>",
                        "<th scope=\"row\">Grief</th>",
                        "<th scope=\"col\">Free mentor places</th>",
                        "<th scope=\"row\">1 to 7 days</th>",
                        "2 days",
                        "16 days",
                        "5 hours",
                        "Nobody waiting",
                        "href=\"/programs/demo-recovery/report.csv\"")
                .containsPattern("<svg [^>]*role=\"img\"[^>]*")
                .containsPattern("(?i)viewBox=\"0 0 320 \\d+\"")
                .doesNotContain("style=", "<script>");
        assertThat(html.split("role=\"img\"", -1)).as("three charts").hasSize(4);
        assertThat(html.split("<table", -1)).as("a table beside each chart").hasSize(4);
        assertThat(html).containsPattern("Longest wait</dt><dd>16 days</dd>");
    }

    @Test
    void theCsvIsAnAttachmentWhoseCellsASpreadsheetNeverEvaluates() {
        stub.answer("GET", "/api/programs/demo-recovery/report", 200, """
                {"programId":"demo-recovery","generatedAt":"2026-12-06T12:00:00Z","waiting":1,"freeMentorPlaces":0,
                 "byIssue":[{"key":"=HYPERLINK(\\"http://evil.example\\",\\"x\\")","waiting":1,"medianWaitHours":2,
                             "longestWaitHours":2,"freeMentorPlaces":0}],
                 "byLanguage":[{"key":"+1","waiting":1,"medianWaitHours":2,"longestWaitHours":2,"freeMentorPlaces":0},
                               {"key":"@SUM(A1)","waiting":0,"medianWaitHours":0,"longestWaitHours":0,"freeMentorPlaces":0},
                               {"key":"-2","waiting":0,"medianWaitHours":0,"longestWaitHours":0,"freeMentorPlaces":0}],
                 "waitingTimes":[{"key":"UNDER_1_DAY","label":"Under a day","count":1}]}""");

        EntityExchangeResult<String> csv = browser.get("/programs/demo-recovery/report.csv");

        assertThat(csv.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(Browser.header(csv, "Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(Browser.header(csv, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"supply-and-demand-demo-recovery.csv\"");
        String[] lines = csv.getResponseBody().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("section,code,name,waiting,free mentor places,median wait (hours),longest wait (hours)");
        assertThat(lines[1]).startsWith("issue,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\"'=");
        assertThat(lines[2]).isEqualTo("language,'+1,'+1,1,0,2,2");
        assertThat(lines[3]).isEqualTo("language,'@SUM(A1),'@SUM(A1),0,0,0,0");
        assertThat(lines[4]).isEqualTo("language,'-2,'-2,0,0,0,0");
        assertThat(lines[5]).isEqualTo("waiting time,UNDER_1_DAY,Under a day,1,,,");
        assertThat(lines).hasSize(6);
    }

    @Test
    void someoneWithoutTheManagersRoleGetsTheNotAllowedPageAndAnotherProgramIsNotFound() {
        stub.answer("GET", "/api/programs/demo-recovery/report", 403, "{\"status\":403,\"title\":\"Forbidden\"}");
        Browser intake = new Browser(port, stub).signedInAs(Person.INTAKE);

        EntityExchangeResult<String> refused = intake.get("/programs/demo-recovery/report");
        EntityExchangeResult<String> refusedCsv = intake.get("/programs/demo-recovery/report.csv");
        EntityExchangeResult<String> elsewhere = browser.get("/programs/demo-elsewhere/report");

        assertThat(refused.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getResponseBody()).contains("You cannot do this").doesNotContain("Grief");
        assertThat(refusedCsv.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(elsewhere.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
