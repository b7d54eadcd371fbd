package org.peermentor.notification.messaging;

/** A record that can never be processed, however often it is retried: it goes to the dead-letter topic. */
public class InvalidEventException extends IllegalArgumentException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
