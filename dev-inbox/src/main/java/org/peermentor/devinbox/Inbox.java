package org.peermentor.devinbox;

import com.icegreen.greenmail.mail.MailAddress;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The received messages, oldest first in memory, and also on disk when there is a data dir. */
public final class Inbox {

    private final EmlFiles files;
    private final List<StoredMessage> messages = new ArrayList<>();
    private final Set<String> read = new HashSet<>();
    private Instant lastCreated = Instant.EPOCH;

    public Inbox(Path dataDirOrNull) {
        this.files = dataDirOrNull == null ? null : new EmlFiles(dataDirOrNull);
    }

    /** Reads the files again; without a data dir the messages in memory stay as they are. */
    public synchronized void load() {
        if (files == null) {
            return;
        }
        messages.clear();
        messages.addAll(files.load());
        messages.stream()
                .map(s -> s.message().created())
                .max(Comparator.naturalOrder())
                .ifPresent(t -> lastCreated = t);
    }

    /** Stores a message (on disk first, when there is a data dir) before GreenMail acknowledges it. */
    synchronized InboxMessage receive(
            MimeMessage mime, MailAddress returnPath, Collection<MailAddress> envelopeRecipients) {
        String id = UUID.randomUUID().toString();
        Instant created = nextCreated();
        byte[] raw = mailboxCopy(mime, returnPath, envelopeRecipients);
        if (files != null) {
            files.write(id, created, raw);
        }
        InboxMessage message = MimeReader.read(id, created, raw);
        messages.add(new StoredMessage(message, raw));
        return message;
    }

    public synchronized List<InboxMessage> newestFirst() {
        List<InboxMessage> newest = new ArrayList<>(messages.size());
        for (int i = messages.size() - 1; i >= 0; i--) {
            newest.add(messages.get(i).message());
        }
        return newest;
    }

    synchronized Optional<StoredMessage> find(String id) {
        return messages.stream().filter(s -> s.message().id().equals(id)).findFirst();
    }

    synchronized boolean isRead(String id) {
        return read.contains(id);
    }

    synchronized void markRead(String id) {
        read.add(id);
    }

    synchronized int unreadCount() {
        return (int)
                messages.stream().filter(s -> !read.contains(s.message().id())).count();
    }

    public synchronized void deleteAll() {
        delete(messages.stream().map(s -> s.message().id()).toList());
    }

    synchronized void delete(Collection<String> ids) {
        Set<String> doomed = Set.copyOf(ids);
        if (files != null) {
            doomed.forEach(files::delete);
        }
        messages.removeIf(s -> doomed.contains(s.message().id()));
        read.removeAll(doomed);
    }

    // strictly increasing, at file-time precision, so "newest first" is the same before and after a restart
    private Instant nextCreated() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        lastCreated = now.isAfter(lastCreated) ? now : lastCreated.plusMillis(1);
        return lastCreated;
    }

    // like an MTA's mailbox copy: the envelope sender as Return-Path, and envelope-only recipients as Bcc
    private static byte[] mailboxCopy(
            MimeMessage mime, MailAddress returnPath, Collection<MailAddress> envelopeRecipients) {
        try {
            StringBuilder trace = new StringBuilder();
            if (returnPath != null && mime.getHeader("Return-Path") == null) {
                trace.append("Return-Path: <").append(returnPath.getEmail()).append(">\r\n");
            }
            String bcc = bcc(mime, envelopeRecipients);
            if (!bcc.isEmpty() && mime.getHeader("Bcc") == null) {
                trace.append("Bcc: ").append(bcc).append("\r\n");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(trace.toString().getBytes(StandardCharsets.UTF_8));
            mime.writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Cannot store the message", e);
        }
    }

    private static String bcc(MimeMessage mime, Collection<MailAddress> envelopeRecipients) {
        Set<String> visible = Stream.concat(
                        MimeReader.headerAddresses(mime, RecipientType.TO).stream(),
                        MimeReader.headerAddresses(mime, RecipientType.CC).stream())
                .map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return envelopeRecipients.stream()
                .map(MailAddress::getEmail)
                .filter(e -> !visible.contains(e.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
    }
}
