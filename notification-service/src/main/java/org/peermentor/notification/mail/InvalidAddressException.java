package org.peermentor.notification.mail;

/** The recipient's address is not an address: no retry will ever deliver to it. */
public class InvalidAddressException extends RuntimeException {

    public InvalidAddressException(Throwable cause) {
        super("Not a valid email address", cause);
    }
}
