package org.peermentor.devinbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/** The JSON shapes of Mailpit's API v1 that scripts and tests read, so they work against either inbox. */
final class MailpitJson {

    private MailpitJson() {}

    record Address(
            @JsonProperty("Name") String name,
            @JsonProperty("Address") String address) {
        static Address of(InboxMessage.Address a) {
            return new Address(a.name(), a.address());
        }

        static List<Address> of(List<InboxMessage.Address> addresses) {
            return addresses.stream().map(Address::of).toList();
        }
    }

    record Attachment(
            @JsonProperty("PartID") String partId,
            @JsonProperty("FileName") String fileName,
            @JsonProperty("ContentType") String contentType,
            @JsonProperty("ContentID") String contentId,
            @JsonProperty("Size") int size) {
        static Attachment of(InboxMessage.Attachment a) {
            return new Attachment(a.partId(), a.fileName(), a.contentType(), "", a.size());
        }
    }

    /** Who sent a message to whom, under which ids: what a list entry and the message itself both start with. */
    record Envelope(
            @JsonProperty("ID") String id,
            @JsonProperty("MessageID") String messageId,
            @JsonProperty("From") Address from,
            @JsonProperty("To") List<Address> to,
            @JsonProperty("Cc") List<Address> cc,
            @JsonProperty("Bcc") List<Address> bcc,
            @JsonProperty("ReplyTo") List<Address> replyTo) {
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
    record Summary(
            @JsonUnwrapped Envelope envelope,
            @JsonProperty("Read") boolean read,
            @JsonProperty("Subject") String subject,
            @JsonProperty("Created") String created,
            @JsonProperty("Tags") List<String> tags,
            @JsonProperty("Size") int size,
            @JsonProperty("Attachments") int attachments,
            @JsonProperty("Snippet") String snippet) {
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
    record MessageList(
            @JsonProperty("total") int total,
            @JsonProperty("unread") int unread,
            @JsonProperty("count") int count,
            @JsonProperty("messages_count") int messagesCount,
            @JsonProperty("messages_unread") int messagesUnread,
            @JsonProperty("start") int start,
            @JsonProperty("tags") List<String> tags,
            @JsonProperty("messages") List<Summary> messages) {}

    /** {@code GET /api/v1/message/{ID}}. */
    @RecordBuilder
    record Message(
            @JsonUnwrapped Envelope envelope,
            @JsonProperty("ReturnPath") String returnPath,
            @JsonProperty("Subject") String subject,
            @JsonProperty("Date") String date,
            @JsonProperty("Tags") List<String> tags,
            @JsonProperty("Text") String text,
            @JsonProperty("HTML") String html,
            @JsonProperty("Size") int size,
            @JsonProperty("Inline") List<Attachment> inline,
            @JsonProperty("Attachments") List<Attachment> attachments) {
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
