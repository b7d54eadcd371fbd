package org.peermentor.devinbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The inbox's HTML pages. Everything taken from a message is escaped: mail is untrusted input. */
final class InboxPage {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final String STYLE = "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
            + "td,th{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
            + "pre{white-space:pre-wrap;background:#f6f6f6;padding:1em}iframe{width:100%;height:30em;border:1px solid #ddd}";

    private InboxPage() {}

    static String list(List<InboxMessage> newestFirst) {
        String rows = newestFirst.stream()
                .map(m -> "<tr><td>" + escape(TIME.format(m.created())) + "</td><td>"
                        + escape(display(m.from())) + "</td><td>" + escape(displayAll(m.to()))
                        + "</td><td><a href=\"/view/"
                        + escape(URLEncoder.encode(m.id(), StandardCharsets.UTF_8)) + "\">"
                        + escape(m.subject().isBlank() ? "(no subject)" : m.subject()) + "</a></td></tr>")
                .collect(Collectors.joining("\n"));
        return page(
                "Inbox (" + newestFirst.size() + ")",
                "<h1>Inbox</h1><p>" + newestFirst.size() + " message(s), newest first. "
                        + "<a href=\"/api/v1/messages\">JSON</a></p>"
                        + "<table><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th></tr>\n" + rows
                        + "</table>");
    }

    static String view(InboxMessage m) {
        String id = escape(URLEncoder.encode(m.id(), StandardCharsets.UTF_8));
        String html = m.html().isEmpty()
                ? ""
                : "<h2>HTML</h2><iframe sandbox title=\"HTML body\" srcdoc=\"" + escape(m.html()) + "\"></iframe>";
        return page(
                m.subject(),
                "<p><a href=\"/\">&larr; Inbox</a> &middot; <a href=\"/api/v1/message/" + id
                        + "/raw\">raw</a></p><h1>" + escape(m.subject()) + "</h1><table>"
                        + row("From", display(m.from())) + row("To", displayAll(m.to())) + row("Cc", displayAll(m.cc()))
                        + row("Date", TIME.format(m.date())) + row("Received", TIME.format(m.created()))
                        + "</table><h2>Text</h2><pre>" + escape(m.text()) + "</pre>" + html);
    }

    static String notFound() {
        return page("Not found", "<p>No such message. <a href=\"/\">Inbox</a></p>");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String page(String title, String body) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title><style>" + STYLE
                + "</style></head><body>" + body + "</body></html>";
    }

    private static String row(String name, String value) {
        return "<tr><th>" + name + "</th><td>" + escape(value) + "</td></tr>";
    }

    private static String display(InboxMessage.Address a) {
        return a.name().isEmpty() ? a.address() : a.name() + " <" + a.address() + ">";
    }

    private static String displayAll(List<InboxMessage.Address> addresses) {
        return addresses.stream().map(InboxPage::display).collect(Collectors.joining(", "));
    }
}
