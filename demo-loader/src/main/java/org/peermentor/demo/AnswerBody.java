package org.peermentor.demo;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a service's answer as JSON, however it came: a blank body is an empty object, and one that is not JSON
 * (a proxy's error page, a plain-text stack trace) is kept as text under {@code detail}, where a problem answer has
 * its explanation. The demo loader, the launcher's token client and the fault suite read answers this way.
 */
public final class AnswerBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnswerBody() {}

    public static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException notJson) {
            return JSON.createObjectNode().put("detail", body);
        }
    }
}
