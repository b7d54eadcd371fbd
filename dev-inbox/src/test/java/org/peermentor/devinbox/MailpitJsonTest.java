package org.peermentor.devinbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Scripts and tests written against Mailpit read these names, so they must stay exactly Mailpit's. */
class MailpitJsonTest {

    /** What a list entry and a message both start with. */
    private static final List<String> ENVELOPE = List.of("ID", "MessageID", "From", "To", "Cc", "Bcc", "ReplyTo");

    private final JsonMapper json = JsonMapper.builder().build();

    private final InboxMessage message = InboxMessageBuilder.builder()
            .id("id-1")
            .messageId("<m1@peermentor.test>")
            .from(new InboxMessage.Address("Ana", "ana@example.org"))
            .to(List.of(new InboxMessage.Address("Bea", "bea@example.org")))
            .cc(List.of())
            .bcc(List.of())
            .replyTo(List.of())
            .returnPath("ana@example.org")
            .subject("Hello")
            .date(Instant.parse("2026-01-05T10:00:00Z"))
            .created(Instant.parse("2026-01-05T10:00:01Z"))
            .text("Hello Bea")
            .html("<p>Hello Bea</p>")
            .size(120)
            .attachments(List.of(new InboxMessage.Attachment("2", "plan.pdf", "application/pdf", 40)))
            .build();

    @Test
    void aListEntryHasMailpitsNames() {
        JsonNode summary = json.valueToTree(MailpitJson.Summary.of(message, false));

        assertThat(summary.propertyNames())
                .containsExactlyElementsOf(
                        envelopeThen("Read", "Subject", "Created", "Tags", "Size", "Attachments", "Snippet"));
        assertThat(summary.path("From").propertyNames()).containsExactly("Name", "Address");
    }

    @Test
    void aMessageHasMailpitsNames() {
        JsonNode shown = json.valueToTree(MailpitJson.Message.of(message));

        assertThat(shown.propertyNames())
                .containsExactlyElementsOf(envelopeThen(
                        "ReturnPath", "Subject", "Date", "Tags", "Text", "HTML", "Size", "Inline", "Attachments"));
        assertThat(shown.path("Attachments").get(0).propertyNames())
                .containsExactly("PartID", "FileName", "ContentType", "ContentID", "Size");
    }

    @Test
    void theMessageListHasMailpitsNames() {
        JsonNode list = json.valueToTree(new MailpitJson.MessageList(1, 1, 1, 1, 1, 0, List.of(), List.of()));

        assertThat(list.propertyNames())
                .containsExactly(
                        "total", "unread", "count", "messages_count", "messages_unread", "start", "tags", "messages");
    }

    private static List<String> envelopeThen(String... names) {
        return Stream.concat(ENVELOPE.stream(), Stream.of(names)).toList();
    }
}
