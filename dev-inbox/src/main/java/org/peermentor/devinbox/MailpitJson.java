package org.peermentor.devinbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import tools.jackson.databind.PropertyNamingStrategies.UpperCamelCaseStrategy;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON shapes of Mailpit's API v1 that scripts and tests read, so they work against either inbox. Mailpit names a
 * message's fields in UpperCamelCase with ids and HTML in capitals, and the list around them in snake_case. A message
 * starts with its envelope, as Mailpit's does (Jackson would put an unwrapped property last).
 */
final class MailpitJson {

    private MailpitJson() {}

    @JsonNaming(UpperCamelCaseStrategy.class)
    record Address(String name, String address) {
        static Address of(InboxMessage.Address a) {
            return new Address(a.name(), a.address());
        }

        static List<Address> of(List<InboxMessage.Address> addresses) {
            return addresses.stream().map(Address::of).toList();
        }
    }

    @JsonNaming(UpperCamelCaseStrategy.class)
    record Attachment(
            @JsonProperty("PartID") String partId,
            String fileName,
            String contentType,
            @JsonProperty("ContentID") String contentId,
            int size) {
        static Attachment of(InboxMessage.Attachment a) {
            return new Attachment(a.partId(), a.fileName(), a.contentType(), "", a.size());
        }
    }

    /** Who sent a message to whom, under which ids: what a list entry and the message itself both start with. */
    @JsonNaming(UpperCamelCaseStrategy.class)
    record Envelope(
            @JsonProperty("ID") String id,
            @JsonProperty("MessageID") String messageId,
            Address from,
            List<Address> to,
            List<Address> cc,
            List<Address> bcc,
            List<Address> replyTo) {
        static Envelope of(InboxMessage m) {
            return new Envelope(
                    m.id(),
                    m.messageId(),
                    Address.of(m.from()),
                    Address.of(m.to()),
                    Address.of(m.cc()),
                    Address.of(m.bcc()),
                    Address.of(m.replyTo()));
        }
    }

    /** An entry of {@code GET /api/v1/messages}. */
    @RecordBuilder
    @JsonNaming(UpperCamelCaseStrategy.class)
    @JsonPropertyOrder("envelope")
    record Summary(
            @JsonUnwrapped Envelope envelope,
            boolean read,
            String subject,
            String created,
            List<String> tags,
            int size,
            int attachments,
            String snippet) {
        static Summary of(InboxMessage m, boolean read) {
            return MailpitJsonSummaryBuilder.builder()
                    .envelope(Envelope.of(m))
                    .read(read)
                    .subject(m.subject())
                    .created(m.created().toString())
                    .tags(List.of())
                    .size(m.size())
                    .attachments(m.attachments().size())
                    .snippet(m.snippet())
                    .build();
        }
    }

    /** {@code GET /api/v1/messages}: newest first, one page of them. */
    @JsonNaming(SnakeCaseStrategy.class)
    record MessageList(
            int total,
            int unread,
            int count,
            int messagesCount,
            int messagesUnread,
            int start,
            List<String> tags,
            List<Summary> messages) {}

    /** {@code GET /api/v1/message/{ID}}. */
    @RecordBuilder
    @JsonNaming(UpperCamelCaseStrategy.class)
    @JsonPropertyOrder("envelope")
    record Message(
            @JsonUnwrapped Envelope envelope,
            String returnPath,
            String subject,
            String date,
            List<String> tags,
            String text,
            @JsonProperty("HTML") String html,
            int size,
            List<Attachment> inline,
            List<Attachment> attachments) {
        static Message of(InboxMessage m) {
            return MailpitJsonMessageBuilder.builder()
                    .envelope(Envelope.of(m))
                    .returnPath(m.returnPath())
                    .subject(m.subject())
                    .date(m.date().toString())
                    .tags(List.of())
                    .text(m.text())
                    .html(m.html())
                    .size(m.size())
                    .inline(List.of())
                    .attachments(m.attachments().stream().map(Attachment::of).toList())
                    .build();
        }
    }
}
