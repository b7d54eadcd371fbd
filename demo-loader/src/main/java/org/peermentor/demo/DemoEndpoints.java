package org.peermentor.demo;

import java.net.URI;

/** Where the three services and the inbox answer. */
public record DemoEndpoints(URI intake, URI matching, URI notification, URI inbox) {

    public static DemoEndpoints localhost(int intakePort, int matchingPort, int notificationPort, int inboxPort) {
        return new DemoEndpoints(local(intakePort), local(matchingPort), local(notificationPort), local(inboxPort));
    }

    private static URI local(int port) {
        return URI.create("http://localhost:" + port);
    }
}
