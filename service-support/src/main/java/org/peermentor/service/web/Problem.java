package org.peermentor.service.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal to answer with: its status, title and detail, and the fields at fault ({@code null}: none named); its
 * {@link #body} is the RFC 9457 problem details {@link ProblemResponses} writes.
 */
record Problem(int status, String title, String detail, List<FieldError> errors) {

    Map<String, Object> body(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        if (errors != null) {
            body.put("errors", errors);
        }
        return body;
    }
}
