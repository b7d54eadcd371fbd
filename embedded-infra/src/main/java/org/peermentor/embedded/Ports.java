package org.peermentor.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks that fail with a sentence a person can act on, instead of a BindException deep in a stack. */
public final class Ports {

    private Ports() {}

    /** Throws {@link IllegalStateException} "Port 9092 (Kafka) is already in use; choose another with --kafka-port". */
    public static void requireFree(int port, String what, String option) {
        if (!isFree(port)) {
            throw new IllegalStateException(
                    "Port " + port + " (" + what + ") is already in use; choose another with " + option);
        }
    }

    /** Throws {@link IllegalStateException} "Port 9092 (Kafka) is already in use". */
    public static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new IllegalStateException("Port " + port + " (" + what + ") is already in use");
        }
    }

    public static boolean isFree(int port) {
        // the wildcard address also catches a server bound to 0.0.0.0 or to localhost only
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port nothing listens on right now; the OS may hand it out again, so bind it soon. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port", e);
        }
    }

    static int freeIfZero(int port) {
        return port == 0 ? freePort() : port;
    }
}
