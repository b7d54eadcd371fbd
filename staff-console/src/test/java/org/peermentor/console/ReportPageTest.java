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
        stub.answerTheDemoProgram();
        stub.answer("GET", "/api/programs/demo-recovery/report", 200, REPORT);
        browser.signedInAs(Person.MANAGER);
    }

    @Test
    void eachChartIsAnImageWithATitleAndItsNumbersInWordsBesideATableOfTheSameNumbers() {
        String html = browser.page("/programs/demo-recovery/report", HttpStatus.OK);

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
    void theEngagementSectionSaysHowAcceptedPairingsGoInTablesWithCaptionsAndHeaders() {
        stub.answer("GET", "/api/programs/demo-recovery/engagement", 200, """
                {"accepted":12,"active":10,"onTrackShare":0.6666,"health":{"TOO_EARLY":2,"ON_TRACK":8,"NEEDS_ATTENTION":1,"QUIET":1},
                 "medianDaysToFirstMeeting":4.5,
                 "earlyEndings":{"count":3,"reasons":[{"reason":"They moved away","count":2},{"reason":"<i>Not a fit</i>","count":1}]},
                 "answerRates":{"mentor":0.9,"participant":0.55}}""");

        String html = browser.get("/programs/demo-recovery/report").getResponseBody();

        String engagement = html.substring(html.indexOf("id=\"engagement\""));
        assertThat(engagement)
                .contains(
                        "<h2 id=\"engagement-heading\">Engagement</h2>",
                        "<caption>Engagement of the program’s pairings</caption>",
                        "<th scope=\"col\">Measure</th>",
                        "<caption>Pairings still going, by how they go</caption>",
                        "<caption>Reasons given for pairings that ended within 90 days</caption>",
                        "href=\"/programs/demo-recovery/engagement.csv\"")
                .containsPattern("<th scope=\"row\">Pairings accepted</th>\\s*<td>12</td>")
                .containsPattern("<th scope=\"row\">Still going</th>\\s*<td>10</td>")
                .containsPattern("Share on track \\(of those still going, [^<]*</th>\\s*<td>67%</td>")
                .containsPattern("Median days from acceptance to the first meeting</th>\\s*<td>4.5 days</td>")
                .containsPattern("Pairings that ended within 90 days</th>\\s*<td>3</td>")
                .containsPattern("Check-ins answered by mentors</th>\\s*<td>90%</td>")
                .containsPattern("Check-ins answered by participants</th>\\s*<td>55%</td>")
                .containsPattern("<th scope=\"row\">Too early to tell</th>\\s*<td>2</td>")
                .containsPattern("<th scope=\"row\">On track</th>\\s*<td>8</td>")
                .containsPattern("<th scope=\"row\">Quiet — two check-ins unanswered</th>\\s*<td>1</td>")
                .containsPattern("<th scope=\"row\">They moved away</th>\\s*<td>2</td>")
                .contains("&lt;i&gt;Not a fit&lt;/i&gt;")
                .doesNotContain("not enough answers yet", "could not be loaded");
        assertThat(engagement.split("<caption>", -1))
                .as("three tables, each with its caption")
                .hasSize(4);
    }

    @Test
    void aShareOrMedianWithNothingToDivideSaysThereAreNotEnoughAnswersYet() {
        stub.answer("GET", "/api/programs/demo-recovery/engagement", 200, """
                {"accepted":0,"active":0,"onTrackShare":null,"health":{},"medianDaysToFirstMeeting":null,
                 "earlyEndings":{"count":0,"reasons":[]},"answerRates":{"mentor":null,"participant":null}}""");

        String html = browser.get("/programs/demo-recovery/report").getResponseBody();

        assertThat(html)
                .containsPattern("too early to tell\\)</th>\\s*<td>not enough answers yet</td>")
                .containsPattern("first meeting</th>\\s*<td>not enough answers yet</td>")
                .containsPattern("answered by mentors</th>\\s*<td>not enough answers yet</td>")
                .containsPattern("answered by participants</th>\\s*<td>not enough answers yet</td>")
                .containsPattern("<th scope=\"row\">Needs attention</th>\\s*<td>0</td>")
                .contains("No pairing ended within 90 days.");
    }

    @Test
    void theReportStillOpensWhenTheEngagementFiguresCannotBeLoaded() {
        stub.answer("GET", "/api/programs/demo-recovery/engagement", 503, "{\"status\":503}");

        String page = browser.page("/programs/demo-recovery/report", HttpStatus.OK);

        assertThat(page)
                .contains("The engagement figures could not be loaded just now.", "<th scope=\"row\">Grief</th>")
                .doesNotContain("engagement.csv");
    }

    @Test
    void theEngagementCsvHoldsTheFiguresAsNumbersThePairingsPerHealthAndTheReasonsGiven() {
        stub.answer("GET", "/api/programs/demo-recovery/engagement", 200, """
                {"accepted":12,"active":10,"onTrackShare":0.6666,"health":{"ON_TRACK":8,"QUIET":2},
                 "medianDaysToFirstMeeting":null,
                 "earlyEndings":{"count":3,"reasons":[{"reason":"Moved away, no notice","count":2},{"reason":"=1+1","count":1}]},
                 "answerRates":{"mentor":0.9,"participant":null}}""");

        EntityExchangeResult<String> csv = browser.get("/programs/demo-recovery/engagement.csv");

        assertThat(csv.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(Browser.header(csv, "Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(Browser.header(csv, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"engagement-demo-recovery.csv\"");
        assertThat(csv.getResponseBody().split("\r\n"))
                .containsExactly(
                        "section,code,name,value",
                        "figure,accepted,Pairings accepted,12",
                        "figure,active,Still going,10",
                        "figure,on-track-share,"
                                + "\"Share on track (of those still going, once it is not too early to tell)\",0.6666",
                        "figure,median-days-to-first-meeting,Median days from acceptance to the first meeting,",
                        "figure,ended-within-90-days,Pairings that ended within 90 days,3",
                        "figure,mentor-answer-rate,Check-ins answered by mentors,0.9",
                        "figure,participant-answer-rate,Check-ins answered by participants,",
                        "health,TOO_EARLY,Too early to tell,0",
                        "health,ON_TRACK,On track,8",
                        "health,NEEDS_ATTENTION,Needs attention,0",
                        "health,QUIET,Quiet — two check-ins unanswered,2",
                        "early ending reason,,\"Moved away, no notice\",2",
                        "early ending reason,,'=1+1,1");
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
        stub.answer("GET", "/api/programs/demo-recovery/engagement", 403, "{\"status\":403,\"title\":\"Forbidden\"}");
        EntityExchangeResult<String> refusedCsv = intake.get("/programs/demo-recovery/report.csv");
        EntityExchangeResult<String> refusedEngagementCsv = intake.get("/programs/demo-recovery/engagement.csv");
        EntityExchangeResult<String> elsewhere = browser.get("/programs/demo-elsewhere/report");

        assertThat(Browser.body(refused, HttpStatus.FORBIDDEN))
                .contains("You cannot do this")
                .doesNotContain("Grief");
        assertThat(refusedCsv.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refusedEngagementCsv.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(elsewhere.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
