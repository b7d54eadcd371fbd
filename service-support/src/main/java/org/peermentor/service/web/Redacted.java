package org.peermentor.service.web;

/**
 * A failure fit for a log at INFO or above: the same types and stack frames, with every message left out, because
 * a message can quote what caused it — a stored document, an address, a person's answer.
 */
public final class Redacted extends RuntimeException {

    private Redacted(Throwable original, Throwable cause) {
        super(original.getClass().getName() + " (message withheld: it may hold personal data)", cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    public static Throwable of(Throwable failure) {
        return redact(failure, 0);
    }

    private static Throwable redact(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return null;
        }
        return new Redacted(failure, redact(failure.getCause(), depth + 1));
    }
}
