package org.peermentor.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Port checks that fail with a sentence a person can act on, instead of a BindException deep in a stack. */
public final class Ports {

    /** The lowest port {@link #freePort()} hands out. */
    static final int FIRST = 20_000;

    /** The highest port {@link #freePort()} hands out; a further instance's ports, a hundred or two higher, fit too. */
    static final int LAST = 30_999;

    /** How far above a service's port {@code ./run-local} puts its management port. */
    public static final int MANAGEMENT_OFFSET = 1000;

    private static final int ATTEMPTS = 1_000;

    private static final Set<Integer> HANDED_OUT = new HashSet<>();

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

    /**
     * A port nothing listens on right now and not handed out before by this process, so that the parts of one stack
     * never share one. The port {@value #MANAGEMENT_OFFSET} above it, where {@code ./run-local} puts a service's health
     * and metrics, is free and kept for it too. Both lie below the range the operating system picks outgoing
     * connections' local ports from (32768 and up by default on Linux, macOS and Windows): a port chosen there can be
     * taken by a Kafka or MongoDB client's connection before the server meant to listen on it has started.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST + 1);
            if (claim(port, port + MANAGEMENT_OFFSET)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port between " + FIRST + " and " + LAST);
    }

    /**
     * Whether all these ports are free and none was handed out before by this process; if so, they are handed out now.
     */
    public static synchronized boolean claim(int... ports) {
        for (int port : ports) {
            if (HANDED_OUT.contains(port) || !isFree(port)) {
                return false;
            }
        }
        for (int port : ports) {
            HANDED_OUT.add(port);
        }
        return true;
    }

    static int freeIfZero(int port) {
        return port == 0 ? freePort() : port;
    }
}
