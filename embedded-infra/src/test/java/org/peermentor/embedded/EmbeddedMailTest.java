package org.peermentor.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EmbeddedMailTest {

    private static final String SUBJECT = "<script>alert('x')</script> & your peer mentor";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private EmbeddedMail mail;

    @BeforeEach
    void startMail() {
        mail = EmbeddedMail.create(dataDir, 0, 0);
        mail.start();
    }

    @AfterEach
    void stopMail() {
        mail.close();
    }

    @Test
    void aSentEmailCanBeReadThroughTheMailpitStyleApi() throws Exception {
        send(
                "Peer Mentor Matching <noreply@peermentor.test>",
                "ada@example.org",
                null,
                SUBJECT,
                "Hello Ada,\nmeet Grace.");

        JsonNode list = getJson("/api/v1/messages");
        assertThat(list.path("total").asInt()).isEqualTo(1);
        assertThat(list.path("messages_count").asInt()).isEqualTo(1);
        assertThat(list.path("unread").asInt()).isEqualTo(1);
        JsonNode summary = list.path("messages").get(0);
        assertThat(summary.path("Subject").asString()).isEqualTo(SUBJECT);
        assertThat(summary.path("From").path("Name").asString()).isEqualTo("Peer Mentor Matching");
        assertThat(summary.path("From").path("Address").asString()).isEqualTo("noreply@peermentor.test");
        assertThat(summary.path("To").get(0).path("Address").asString()).isEqualTo("ada@example.org");
        assertThat(summary.path("Snippet").asString()).isEqualTo("Hello Ada, meet Grace.");
        assertThat(summary.path("Read").asBoolean()).isFalse();

        JsonNode message = getJson("/api/v1/message/" + summary.path("ID").asString());
        assertThat(message.path("Subject").asString()).isEqualTo(SUBJECT);
        assertThat(message.path("Text").asString()).contains("Hello Ada,").contains("meet Grace.");
        assertThat(message.path("ReturnPath").asString()).isEqualTo("noreply@peermentor.test");
        assertThat(message.path("Attachments").isArray()).isTrue();
        assertThat(getJson("/api/v1/messages")
                        .path("messages")
                        .get(0)
                        .path("Read")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void theInboxPageEscapesWhatTheMessageSays() throws Exception {
        send("noreply@peermentor.test", "ada@example.org", null, SUBJECT, "<b>not bold</b>");
        String id =
                getJson("/api/v1/messages").path("messages").get(0).path("ID").asString();

        HttpResponse<String> page = get("/");
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; your peer mentor")
                .doesNotContain("<script>")
                .contains("/view/" + id);

        String view = get("/view/" + id).body();
        assertThat(view)
                .contains("&lt;b&gt;not bold&lt;/b&gt;")
                .doesNotContain("<b>not bold</b>")
                .doesNotContain("<script>");
    }

    @Test
    void theInboxIsStillThereAfterAStopAndAStart() throws Exception {
        send("noreply@peermentor.test", "ada@example.org", null, "first", "one");
        send("noreply@peermentor.test", "grace@example.org", null, "second", "two");

        mail.stop();
        mail.start();
        assertThat(subjectsNewestFirst()).containsExactly("second", "first");

        // a new server on the same directory reads the .eml files, as after a restart of the JVM
        mail.stop();
        mail = EmbeddedMail.create(dataDir, mail.smtpPort(), mail.httpPort());
        mail.start();
        assertThat(subjectsNewestFirst()).containsExactly("second", "first");
    }

    @Test
    void aMessageToSeveralRecipientsIsListedOnceWithItsBcc() throws Exception {
        send(
                "noreply@peermentor.test",
                "ada@example.org, grace@example.org",
                "coordinator@example.org",
                "pairing",
                "hi");

        JsonNode list = getJson("/api/v1/messages");
        assertThat(list.path("total").asInt()).isEqualTo(1);
        JsonNode message = getJson("/api/v1/message/latest");
        assertThat(message.path("To").findValuesAsString("Address"))
                .containsExactly("ada@example.org", "grace@example.org");
        assertThat(message.path("Bcc").findValuesAsString("Address")).containsExactly("coordinator@example.org");
    }

    @Test
    void deletingAllMessagesEmptiesTheInboxForGood() throws Exception {
        send("noreply@peermentor.test", "ada@example.org", null, "gone soon", "bye");

        HttpResponse<String> deleted = http.send(
                HttpRequest.newBuilder(uri("/api/v1/messages")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(200);
        mail.stop();
        mail.start();

        assertThat(getJson("/api/v1/messages").path("total").asInt()).isZero();
    }

    private void send(String from, String to, String bcc, String subject, String text) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(RecipientType.TO, InternetAddress.parse(to));
        if (bcc != null) {
            message.setRecipients(RecipientType.BCC, InternetAddress.parse(bcc));
        }
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message);
    }

    private List<String> subjectsNewestFirst() throws Exception {
        return getJson("/api/v1/messages").path("messages").findValuesAsString("Subject");
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(mail.inboxUrl() + path);
    }
}
