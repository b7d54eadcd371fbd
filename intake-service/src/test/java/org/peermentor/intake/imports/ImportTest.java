package org.peermentor.intake.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.intake.support.Answers;
import org.peermentor.intake.support.Bodies;
import org.peermentor.intake.support.CsvFiles;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.service.web.FieldError;
import org.peermentor.testkit.TestIssuer;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.util.JsonPathExpectationsHelper;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Intake staff move a program off its spreadsheet: one result per row, and a second import changes nothing. */
class ImportTest extends RunningIntake {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private String program;

    @BeforeEach
    void aProgramOfItsOwn() {
        program = newProgram();
    }

    @Test
    void eachRowGetsItsOwnResultAndOnlyGoodRowsAreStored() {
        String file = CsvFiles.participants()
                .row(row -> row.put("firstName", "Good"))
                .row(row -> row.put("birthYear", "1850"))
                .row(row -> {
                    row.put("gender", "ROBOT");
                    row.put("availability", "TUESDAY 20:00-18:00;someday");
                    row.put("consent.dataProcessing", "maybe");
                })
                .row(row -> row.put("firstName", ""))
                .text();

        EntityExchangeResult<List<RowResult>> answer = importing(file);
        List<RowResult> results = answer.getResponseBody();

        assertThat(results).extracting(RowResult::row).containsExactly(2, 3, 4, 5);
        assertThat(results)
                .extracting(RowResult::status)
                .containsExactly(RowStatus.CREATED, RowStatus.REJECTED, RowStatus.REJECTED, RowStatus.REJECTED);
        assertThat(fields(results.get(1))).containsExactly("birthYear");
        assertThat(fields(results.get(2)))
                .contains("gender", "availability[0].end", "availability[1]", "consent.dataProcessing");
        assertThat(fields(results.get(3))).containsExactly("firstName");
        // read raw on purpose: a rejected row's answer leaves the id out rather than sending null, which a typed
        // read cannot tell apart
        new JsonPathExpectationsHelper("$[1].id")
                .doesNotHaveJsonPath(new String(answer.getResponseBodyContent(), StandardCharsets.UTF_8));
        stored(results.get(0))
                .jsonPath("$.firstName")
                .isEqualTo("Good")
                .jsonPath("$.programId")
                .isEqualTo(program)
                .jsonPath("$.status")
                .isEqualTo("WAITING")
                .jsonPath("$.availability[1].day")
                .isEqualTo("THURSDAY")
                .jsonPath("$.availability[1].start")
                .isEqualTo("09:00")
                .jsonPath("$.languages[1]")
                .isEqualTo("en");
        assertThat(storedInProgram()).isEqualTo(1);
    }

    @Test
    void theSameFileImportedAgainCreatesNobodyNew() {
        String file = CsvFiles.participants()
                .rows(3)
                .row(row -> row.put("birthYear", "1850"))
                .text();
        List<RowResult> first = importFile(file);

        List<RowResult> second = importFile(file);

        assertThat(second)
                .extracting(RowResult::status)
                .containsExactly(RowStatus.UNCHANGED, RowStatus.UNCHANGED, RowStatus.UNCHANGED, RowStatus.REJECTED);
        assertThat(second)
                .extracting(RowResult::id)
                .containsExactlyElementsOf(first.stream().map(RowResult::id).toList());
        assertThat(storedInProgram()).isEqualTo(3);
        // nothing written, so nothing more to publish: every profile still at version 1, no event waiting
        assertThat(mongo.find(Query.query(where("programId").is(program)), Document.class, "participants")
                        .collectList()
                        .block())
                .allSatisfy(stored -> {
                    assertThat(stored.get("version")).isEqualTo(1L);
                    assertThat(stored.getList("outbox", Document.class, List.of()))
                            .hasSizeLessThanOrEqualTo(1);
                });
    }

    @Test
    void aRepeatedRowInOneFileIsCreatedOnce() {
        String row = CsvFiles.line(CsvFiles.participantRow(r -> {}));
        String file = CsvFiles.line(CsvFiles.PARTICIPANT_COLUMNS) + row + row;

        List<RowResult> results = importFile(file);

        assertThat(results).extracting(RowResult::status).containsExactly(RowStatus.CREATED, RowStatus.UNCHANGED);
        assertThat(results.get(1).id()).isEqualTo(results.get(0).id());
        assertThat(storedInProgram()).isEqualTo(1);
    }

    @Test
    void someoneRegisteredAlreadyIsUnchangedWhenTheDetailsMatchAndRejectedWhenTheyDiffer() {
        var registered = Bodies.with(
                Bodies.participantIn(program),
                body -> body.remove(List.of("phone", "mentorGenderPreference", "urgency")));
        registered.put("mentorGenderPreference", "ANY");
        String id = register("/api/participants", registered);
        String email = registered.get("email").asString();
        String file = CsvFiles.participants()
                .row(row -> {
                    row.put("email", email);
                    row.put("availability", "TUESDAY 18:00-20:00");
                })
                .row(row -> {
                    row.put("email", email.toUpperCase());
                    row.put("firstName", "Someone else");
                })
                .text();

        List<RowResult> results = importFile(file);

        assertThat(results.get(0).status()).isEqualTo(RowStatus.UNCHANGED);
        assertThat(results.get(0).id()).isEqualTo(id);
        assertThat(results.get(1).status()).isEqualTo(RowStatus.REJECTED);
        assertThat(fields(results.get(1))).containsExactly("email");
        assertThat(storedInProgram()).isEqualTo(1);
    }

    @Test
    void cellsThatLookLikeFormulasAreStoredAsTheTextTheyAre() {
        String file = CsvFiles.participants()
                .row(row -> {
                    row.put("firstName", "=HYPERLINK(\"http://x\",\"y\")");
                    row.put("lastName", "+SUM(1,2)");
                    row.put("region", "-2+3");
                })
                .row(row -> row.put("firstName", "@cmd|' /C calc'!A0"))
                .text();

        List<RowResult> results = importFile(file);

        assertThat(results).extracting(RowResult::status).containsExactly(RowStatus.CREATED, RowStatus.CREATED);
        stored(results.get(0))
                .jsonPath("$.firstName")
                .isEqualTo("=HYPERLINK(\"http://x\",\"y\")")
                .jsonPath("$.lastName")
                .isEqualTo("+SUM(1,2)")
                .jsonPath("$.region")
                .isEqualTo("-2+3");
        stored(results.get(1)).jsonPath("$.firstName").isEqualTo("@cmd|' /C calc'!A0");
    }

    @Test
    void aFileInAnotherEncodingIsRejectedRowByRowSayingItMustBeUtf8() {
        String file = CsvFiles.participants()
                .row(row -> row.put("firstName", "Plain"))
                .row(row -> row.put("firstName", "José"))
                .text();
        byte[] windows1252 = file.getBytes(Charset.forName("windows-1252"));

        List<RowResult> results =
                Answers.okList(post(windows1252, MediaType.parseMediaType("text/csv")), RowResult.class);

        assertThat(results).extracting(RowResult::status).containsExactly(RowStatus.CREATED, RowStatus.REJECTED);
        assertThat(results.get(1).errors())
                .anySatisfy(error -> assertThat(error.message()).contains("UTF-8"));
    }

    @Test
    void aByteOrderMarkAndLineBreaksInsideQuotesAreRead() {
        String file = "\uFEFF"
                + CsvFiles.participants()
                        .row(row -> row.put("lastName", "Silva,\n\"da\" Costa"))
                        .text();

        List<RowResult> results = importFile(file);

        assertThat(results).singleElement().extracting(RowResult::status).isEqualTo(RowStatus.CREATED);
        stored(results.get(0)).jsonPath("$.lastName").isEqualTo("Silva,\n\"da\" Costa");
    }

    @Test
    void aFileThatIsNotACsvWithAHeaderIsRefusedWhole() {
        String rowsOnly =
                CsvFiles.line(CsvFiles.participantRow(r -> {})) + CsvFiles.line(CsvFiles.participantRow(r -> {}));
        problem(post(rowsOnly.getBytes(StandardCharsets.UTF_8), CSV), 400, "No header row");
        problem(post("firstName,shoeSize\nAna,38\n".getBytes(StandardCharsets.UTF_8), CSV), 400, "Unknown columns")
                .jsonPath("$.errors[0].field")
                .isEqualTo("shoeSize");
        problem(post(new byte[0], CSV), 400, "Empty file");
        problem(
                post("{\"firstName\":\"Ana\"}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON),
                400,
                "Not a CSV file");
        problem(
                post(
                        CsvFiles.participants().rows(1).text().getBytes(StandardCharsets.UTF_8),
                        MediaType.parseMediaType("text/csv;charset=windows-1252")),
                400,
                "Not UTF-8");
        problem(post("firstName,Prénom\n".getBytes(Charset.forName("windows-1252")), CSV), 400, "Not UTF-8");
        problem(post("firstName\n\"Ana\n".getBytes(StandardCharsets.UTF_8), CSV), 400, "Quote never closed");
        assertThat(storedInProgram()).isZero();
    }

    @Test
    void theKindAndProgramAreChecked() {
        byte[] file = CsvFiles.participants().rows(1).text().getBytes(StandardCharsets.UTF_8);
        expectRefused(postTo("/api/imports?kind=pets&programId=" + program, file), "kind");
        expectRefused(postTo("/api/imports?kind=participants&programId=Bad_Program", file), "programId");
        postTo("/api/imports?kind=participants", file).expectStatus().isBadRequest();
        CsvFiles withOtherProgram = CsvFiles.participants();
        String otherProgramColumn =
                "programId," + withOtherProgram.rows(1).text().replaceFirst("\r\n", "\r\nsomewhere-else,");
        List<RowResult> results =
                Answers.okList(post(otherProgramColumn.getBytes(StandardCharsets.UTF_8), CSV), RowResult.class);
        assertThat(fields(results.get(0))).containsExactly("programId");
    }

    @Test
    void onlyIntakeStaffOfTheProgramMayImport() {
        byte[] file = CsvFiles.participants().rows(1).text().getBytes(StandardCharsets.UTF_8);
        post(as(TestIssuer.manager()), file, CSV).expectStatus().isForbidden();
        post(as(TestIssuer.intakeOf(newProgram())), file, CSV).expectStatus().isNotFound();
        post(client(port()).build(), file, CSV).expectStatus().isUnauthorized();
        assertThat(storedInProgram()).isZero();
    }

    @Test
    void theTemplateIsAFileThatImports() {
        for (String kind : List.of("participants", "mentors")) {
            WebTestClient.BodySpec<String, ?> template = http.get()
                    .uri("/api/imports/template?kind={k}", kind)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .contentTypeCompatibleWith(new MediaType("text", "csv"))
                    .expectHeader()
                    .valueEquals("Content-Disposition", "attachment; filename=\"" + kind + "-template.csv\"")
                    .expectBody(String.class);
            String text = template.returnResult().getResponseBody();
            assertThat(text.lines()).hasSize(2);
            assertThat(text.lines().findFirst().orElseThrow())
                    .startsWith("firstName,lastName,email")
                    .contains("consent.dataProcessing")
                    .doesNotContain("programId");

            List<RowResult> results = Answers.okList(
                    postTo(
                            "/api/imports?kind=" + kind + "&programId=" + program,
                            text.getBytes(StandardCharsets.UTF_8)),
                    RowResult.class);
            assertThat(results).singleElement().extracting(RowResult::status).isEqualTo(RowStatus.CREATED);
        }
    }

    private List<RowResult> importFile(String csv) {
        return importing(csv).getResponseBody();
    }

    /** The answer to importing this file, its body read as one result per row. */
    private EntityExchangeResult<List<RowResult>> importing(String csv) {
        return post(csv.getBytes(StandardCharsets.UTF_8), CSV)
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBodyList(RowResult.class)
                .returnResult();
    }

    /** The participant a row's result names, as intake answers for them. */
    private WebTestClient.BodyContentSpec stored(RowResult result) {
        return http.get()
                .uri("/api/participants/{id}", result.id())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody();
    }

    private WebTestClient.ResponseSpec post(byte[] body, MediaType type) {
        return post(http, body, type);
    }

    /** Imports participants into this test's program through the given client. */
    private WebTestClient.ResponseSpec post(WebTestClient client, byte[] body, MediaType type) {
        return client.post()
                .uri("/api/imports?kind=participants&programId={p}", program)
                .contentType(type)
                .bodyValue(body)
                .exchange();
    }

    /** A CSV file sent to an import address other than this test's participants. */
    private WebTestClient.ResponseSpec postTo(String uri, byte[] file) {
        return http.post().uri(uri).contentType(CSV).bodyValue(file).exchange();
    }

    /** A 400 whose first error names this field. */
    private static void expectRefused(WebTestClient.ResponseSpec response, String field) {
        response.expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(field);
    }

    private static WebTestClient.BodyContentSpec problem(
            WebTestClient.ResponseSpec response, int status, String title) {
        return response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo(title);
    }

    private static List<String> fields(RowResult result) {
        return result.errors().stream().map(FieldError::field).toList();
    }

    private long storedInProgram() {
        return mongo.count(Query.query(where("programId").is(program)), "participants")
                .block();
    }
}
