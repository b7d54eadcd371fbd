package org.peermentor.faults;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peermentor.embedded.Ports;

/** The ports of one local stack, each named for the part of the stack that listens on it. */
final class StackPorts {

    /** How much higher each further instance of a service answers under {@code ./run-local --instances}. */
    static final int INSTANCE_PORT_STEP = 100;

    /** A part of the stack with a port of its own; {@code ./run-local --intake-port} and the like place it. */
    enum Part {
        KAFKA,
        MONGO,
        SMTP,
        INBOX,
        INTAKE,
        MATCHING,
        NOTIFICATION,
        AUTH,
        CONSOLE;

        /** Whether {@code --instances} starts more than one of it. */
        boolean scales() {
            return this == INTAKE || this == MATCHING || this == NOTIFICATION;
        }

        String option() {
            return "--" + name().toLowerCase(Locale.ROOT) + "-port";
        }
    }

    private final Map<Part, Integer> ports = new EnumMap<>(Part.class);

    private StackPorts() {}

    /** A port nothing listens on right now for every part; the stack binds them soon after. */
    static StackPorts free() {
        return free(1);
    }

    /**
     * Likewise for {@code ./run-local --instances N}: the services' ports are chosen so that each further instance's
     * port ({@link #INSTANCE_PORT_STEP} higher) is free too, and so is each one's management port, a thousand higher.
     */
    static StackPorts free(int instances) {
        StackPorts free = new StackPorts();
        for (Part part : Part.values()) {
            int port = Ports.freePort();
            while (part.scales() && !roomAbove(port, instances)) {
                port = Ports.freePort();
            }
            free.ports.put(part, port);
        }
        return free;
    }

    private static boolean roomAbove(int port, int instances) {
        for (int instance = 1; instance < instances; instance++) {
            int instancePort = port + INSTANCE_PORT_STEP * instance;
            if (!Ports.claim(instancePort, instancePort + Ports.MANAGEMENT_OFFSET)) {
                return false;
            }
        }
        return true;
    }

    int of(Part part) {
        return ports.get(part);
    }

    URI local(Part part) {
        return URI.create("http://localhost:" + of(part));
    }

    /** {@code ./run-local}'s options that put every part on its port. */
    List<String> options() {
        List<String> options = new ArrayList<>();
        ports.forEach((part, port) -> options.addAll(List.of(part.option(), String.valueOf(port))));
        return options;
    }
}
