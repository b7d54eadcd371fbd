package org.peermentor.notification.messaging;

/**
 * Why a record was dead-lettered, as its log line says it: a record holds personal data, and the messages of
 * libraries that failed to read it may quote it.
 */
final class FailureReason {

    private FailureReason() {}

    /** Our own messages say what was wrong without quoting the record; anything else is named by its class only. */
    static String of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidEventException invalid) {
                return invalid.getMessage();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName();
    }
}
