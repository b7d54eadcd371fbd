package org.peermentor.devinbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routes of the inbox: {@code /} and {@code /view/ID} for a browser; {@code GET /api/v1/messages},
 * {@code DELETE /api/v1/messages}, {@code GET /api/v1/message/ID} (or {@code latest}) and
 * {@code GET /api/v1/message/ID/raw} as in Mailpit.
 */
final class InboxHandler implements HttpHandler {

    private static final String MESSAGES = "/api/v1/messages";
    private static final String MESSAGE = "/api/v1/message/";
    private static final String VIEW = "/view/";
    private static final int DEFAULT_LIMIT = 50;

    private final Inbox inbox;
    private final JsonMapper json = JsonMapper.builder().build();

    InboxHandler(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals(MESSAGES) && method.equals("GET")) {
                list(exchange);
            } else if (path.equals(MESSAGES) && method.equals("DELETE")) {
                delete(exchange);
            } else if (path.startsWith(MESSAGE) && path.endsWith("/raw") && method.equals("GET")) {
                raw(exchange, path.substring(MESSAGE.length(), path.length() - "/raw".length()));
            } else if (path.startsWith(MESSAGE) && method.equals("GET")) {
                message(exchange, path.substring(MESSAGE.length()));
            } else if (path.startsWith(VIEW) && method.equals("GET")) {
                view(exchange, path.substring(VIEW.length()));
            } else if (path.equals("/") && method.equals("GET")) {
                send(exchange, 200, "text/html; charset=utf-8", InboxPage.list(inbox.newestFirst()));
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found");
            }
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain; charset=utf-8", "Inbox error: " + e.getMessage());
        } finally {
            exchange.close();
        }
    }

    private void list(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange);
        List<InboxMessage> all = inbox.newestFirst();
        int start = Math.min(Math.max(intParam(query, "start", 0), 0), all.size());
        int limit = intParam(query, "limit", DEFAULT_LIMIT);
        List<InboxMessage> page = all.subList(start, limit <= 0 ? all.size() : Math.min(all.size(), start + limit));
        int unread = inbox.unreadCount();
        List<MailpitJson.Summary> summaries = page.stream()
                .map(m -> MailpitJson.Summary.of(m, inbox.isRead(m.id())))
                .toList();
        sendJson(
                exchange,
                new MailpitJson.MessageList(
                        all.size(), unread, summaries.size(), all.size(), unread, start, List.of(), summaries));
    }

    // Mailpit deletes the messages named in {"IDs":[...]}, or all of them when the body names none
    private void delete(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        JsonNode ids = body.length == 0 ? null : json.readTree(body).path("IDs");
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            inbox.deleteAll();
        } else {
            inbox.delete(ids.values().stream().map(JsonNode::asString).toList());
        }
        send(exchange, 200, "text/plain; charset=utf-8", "ok");
    }

    private void message(HttpExchange exchange, String id) throws IOException {
        Optional<InboxMessage> found = find(id);
        if (found.isEmpty()) {
            send(exchange, 404, "text/plain; charset=utf-8", "Message not found");
            return;
        }
        inbox.markRead(found.get().id());
        sendJson(exchange, MailpitJson.Message.of(found.get()));
    }

    private void raw(HttpExchange exchange, String id) throws IOException {
        Optional<StoredMessage> found = find(id).flatMap(m -> inbox.find(m.id()));
        if (found.isEmpty()) {
            send(exchange, 404, "text/plain; charset=utf-8", "Message not found");
            return;
        }
        send(exchange, 200, "text/plain; charset=utf-8", found.get().raw());
    }

    private void view(HttpExchange exchange, String id) throws IOException {
        Optional<InboxMessage> found = find(id);
        if (found.isEmpty()) {
            send(exchange, 404, "text/html; charset=utf-8", InboxPage.notFound());
            return;
        }
        inbox.markRead(found.get().id());
        send(exchange, 200, "text/html; charset=utf-8", InboxPage.view(found.get()));
    }

    private Optional<InboxMessage> find(String id) {
        String decoded = URLDecoder.decode(id, StandardCharsets.UTF_8);
        if (decoded.equals("latest")) {
            return inbox.newestFirst().stream().findFirst();
        }
        return inbox.find(decoded).map(StoredMessage::message);
    }

    private void sendJson(HttpExchange exchange, Object body) throws IOException {
        send(exchange, 200, "application/json", json.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        // email HTML shown in the page must never run scripts or fetch anything
        exchange.getResponseHeaders()
                .set(
                        "Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(
                        URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return params;
    }

    private static int intParam(Map<String, String> query, String name, int fallback) {
        try {
            return query.containsKey(name) ? Integer.parseInt(query.get(name)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
