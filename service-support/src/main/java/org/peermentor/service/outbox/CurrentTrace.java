package org.peermentor.service.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** The trace this thread works in, as a W3C {@code traceparent}: what an outbox entry keeps of its request. */
final class CurrentTrace {

    private CurrentTrace() {}

    /** {@code 00-<trace id>-<span id>-<flags>} of the current span, or null when there is none. */
    static String traceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getTraceFlags().asHex();
    }
}
