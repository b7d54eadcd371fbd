package org.peermentor.devinbox;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;

/** One received email as the inbox shows it: the decoded headers, the text and HTML bodies, the attachments. */
@RecordBuilder
public record InboxMessage(
        String id,
        String messageId,
        Address from,
        List<Address> to,
        List<Address> cc,
        List<Address> bcc,
        List<Address> replyTo,
        String returnPath,
        String subject,
        Instant date,
        Instant created,
        String text,
        String html,
        int size,
        List<Attachment> attachments) {

    private static final int SNIPPET_LENGTH = 250;

    public record Address(String name, String address) {}

    public record Attachment(String partId, String fileName, String contentType, int size) {}

    /** The start of the text on one line, as Mailpit's message list shows it. */
    public String snippet() {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SNIPPET_LENGTH ? oneLine : oneLine.substring(0, SNIPPET_LENGTH) + "...";
    }
}
