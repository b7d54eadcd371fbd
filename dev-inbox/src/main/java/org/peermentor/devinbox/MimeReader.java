package org.peermentor.devinbox;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Reads a raw RFC 5322 message into an {@link InboxMessage}. */
final class MimeReader {

    private static final Session SESSION = Session.getInstance(new Properties());

    private MimeReader() {}

    static InboxMessage read(String id, Instant created, byte[] raw) {
        try {
            MimeMessage mime = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Bodies bodies = new Bodies();
            bodies.collect(mime, "");
            String html = bodies.html == null ? "" : bodies.html;
            String text = bodies.text != null ? bodies.text : textOf(html);
            return InboxMessageBuilder.builder()
                    .id(id)
                    .messageId(messageId(mime))
                    .from(first(addresses(mime, "From")))
                    .to(addresses(mime, "To"))
                    .cc(addresses(mime, "Cc"))
                    .bcc(addresses(mime, "Bcc"))
                    .replyTo(addresses(mime, "Reply-To"))
                    .returnPath(returnPath(mime))
                    .subject(nullToEmpty(mime.getSubject()))
                    .date(
                            mime.getSentDate() == null
                                    ? created
                                    : mime.getSentDate().toInstant())
                    .created(created)
                    .text(text)
                    .html(html)
                    .size(raw.length)
                    .attachments(List.copyOf(bodies.attachments))
                    .build();
        } catch (MessagingException | IOException e) {
            throw new IllegalArgumentException("Not a readable email: " + e.getMessage(), e);
        }
    }

    static List<InboxMessage.Address> addresses(MimeMessage mime, String header) throws MessagingException {
        String value = mime.getHeader(header, ",");
        if (value == null) {
            return List.of();
        }
        try {
            // lenient parsing: a test inbox should show odd headers rather than drop the message
            return Arrays.stream(InternetAddress.parseHeader(value, false))
                    .map(MimeReader::address)
                    .toList();
        } catch (MessagingException e) {
            return List.of(new InboxMessage.Address("", value));
        }
    }

    static List<String> headerAddresses(MimeMessage mime, RecipientType type) {
        try {
            Address[] addresses = mime.getRecipients(type);
            return addresses == null
                    ? List.of()
                    : Arrays.stream(addresses)
                            .map(a -> ((InternetAddress) a).getAddress())
                            .toList();
        } catch (MessagingException | ClassCastException e) {
            return List.of();
        }
    }

    private static InboxMessage.Address address(InternetAddress address) {
        return new InboxMessage.Address(nullToEmpty(address.getPersonal()), nullToEmpty(address.getAddress()));
    }

    private static InboxMessage.Address first(List<InboxMessage.Address> addresses) {
        return addresses.isEmpty() ? new InboxMessage.Address("", "") : addresses.get(0);
    }

    private static String messageId(MimeMessage mime) throws MessagingException {
        String id = nullToEmpty(mime.getMessageID()).strip();
        return id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
    }

    private static String returnPath(MimeMessage mime) throws MessagingException {
        String value = nullToEmpty(mime.getHeader("Return-Path", ",")).strip();
        return value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
    }

    // Mailpit derives the text from the HTML when a message has no text part; so does this inbox, crudely
    private static String textOf(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("[ \\t]+", " ")
                .strip();
    }

    private static String baseType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The first text and HTML bodies found depth-first, every other leaf part listed as an attachment. */
    private static final class Bodies {
        String text;
        String html;
        final List<InboxMessage.Attachment> attachments = new ArrayList<>();

        void collect(Part part, String partId) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(
                            multipart.getBodyPart(i),
                            partId.isEmpty() ? String.valueOf(i + 1) : partId + "." + (i + 1));
                }
            } else if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                    && part.isMimeType("text/plain")
                    && text == null) {
                text = String.valueOf(part.getContent());
            } else if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                    && part.isMimeType("text/html")
                    && html == null) {
                html = String.valueOf(part.getContent());
            } else {
                attachments.add(new InboxMessage.Attachment(
                        partId.isEmpty() ? "1" : partId,
                        nullToEmpty(part.getFileName()),
                        baseType(part.getContentType()),
                        Math.max(part.getSize(), 0)));
            }
        }
    }
}
