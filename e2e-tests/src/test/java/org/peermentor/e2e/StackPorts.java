package org.peermentor.e2e;

import java.util.List;
import org.peermentor.embedded.Ports;

/** The ports of one local stack, each named for what listens on it, and the addresses the tests call there. */
record StackPorts(int kafka, int mongo, int smtp, int inbox, int intake, int matching, int notification, int auth) {

    /** Ports nothing listens on right now; the stack binds them soon after. */
    static StackPorts free() {
        return new StackPorts(
                Ports.freePort(),
                Ports.freePort(),
                Ports.freePort(),
                Ports.freePort(),
                Ports.freePort(),
                Ports.freePort(),
                Ports.freePort(),
                Ports.freePort());
    }

    /** {@code ./run-local}'s options that put each part of the stack on its port. */
    List<String> options() {
        return List.of(
                "--kafka-port",
                "" + kafka,
                "--mongo-port",
                "" + mongo,
                "--smtp-port",
                "" + smtp,
                "--inbox-port",
                "" + inbox,
                "--intake-port",
                "" + intake,
                "--matching-port",
                "" + matching,
                "--notification-port",
                "" + notification,
                "--auth-port",
                "" + auth);
    }

    String intake(String path) {
        return local(intake) + path;
    }

    String matching(String path) {
        return local(matching) + path;
    }

    String notification(String path) {
        return local(notification) + path;
    }

    String inbox(String path) {
        return local(inbox) + path;
    }

    String issuer() {
        return local(auth);
    }

    String kafkaBootstrap() {
        return "localhost:" + kafka;
    }

    String mongoUri() {
        return "mongodb://localhost:" + mongo;
    }

    private static String local(int port) {
        return "http://localhost:" + port;
    }
}
