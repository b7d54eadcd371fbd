package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.Browser;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.StubBackend.Person;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class ImportTest extends ConsoleTest {

    private static final String CSV = "firstName,lastName\nAna,=HYPERLINK(\"x\")\nBo,\n";

    @BeforeEach
    void signedInAsIntakeStaff() {
        browser.signedInAs(Person.INTAKE);
    }

    @Test
    void theFileGoesToIntakeAsCsvAndEveryRowsResultIsShownAsText() {
        stub.answer("POST", "/api/imports", 200, """
                [{"row":2,"status":"CREATED","id":"p-7","errors":[]},
                 {"row":3,"status":"REJECTED","errors":[{"field":"birthYear","message":"<b>is required</b>"}]}]""");

        EntityExchangeResult<String> page = upload();

        var sent = stub.last("POST", "/api/imports");
        assertThat(sent.queryParameter("kind")).isEqualTo("participants");
        assertThat(sent.queryParameter("programId")).isEqualTo("demo-recovery");
        assertThat(sent.header("Content-Type")).startsWith("text/csv");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer access-intake");
        assertThat(sent.body()).isEqualTo(CSV);
        assertThat(page.getResponseBody())
                .contains(
                        "Created: 1",
                        "Rejected: 1",
                        "href=\"/participants/p-7\"",
                        "birthYear: &lt;b&gt;is required&lt;/b&gt;")
                .doesNotContain("<b>is required</b>");
    }

    @Test
    void aFileOverTheLimitIsSaidInWords() {
        stub.answer(
                "POST",
                "/api/imports",
                413,
                "{\"status\":413,\"title\":\"Payload Too Large\",\"detail\":\"over 20 MB\"}");

        EntityExchangeResult<String> page = upload();

        assertThat(page.getStatus().value()).isEqualTo(413);
        assertThat(page.getResponseBody()).contains("The file is larger than an import may be.");
    }

    @Test
    void theTemplateComesFromIntakeAsADownload() {
        stub.answerText("GET", "/api/imports/template", "text/csv", "firstName,lastName\nAna,Silva\n");

        EntityExchangeResult<String> template = browser.get("/import/template?kind=mentors");

        assertThat(template.getResponseBody()).isEqualTo("firstName,lastName\nAna,Silva\n");
        assertThat(Browser.header(template, "Content-Disposition")).contains("attachment", "mentors-template.csv");
        assertThat(stub.last("GET", "/api/imports/template").queryParameter("kind"))
                .isEqualTo("mentors");
    }

    private EntityExchangeResult<String> upload() {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("_csrf", Browser.csrfTokenOf(browser.get("/import").getResponseBody()));
        parts.part("kind", "participants");
        parts.part("programId", "demo-recovery");
        parts.part("file", new ByteArrayResource(CSV.getBytes()) {
                    @Override
                    public String getFilename() {
                        return "people.csv";
                    }
                })
                .contentType(MediaType.parseMediaType("text/csv"));
        return browser.postMultipart("/import", parts.build());
    }
}
