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

        String option() {
            return "--" + name().toLowerCase(Locale.ROOT) + "-port";
        }
    }

    private final Map<Part, Integer> ports = new EnumMap<>(Part.class);

    private StackPorts() {}

    /** A port nothing listens on right now for every part; the stack binds them soon after. */
    static StackPorts free() {
        StackPorts free = new StackPorts();
        for (Part part : Part.values()) {
            free.ports.put(part, Ports.freePort());
        }
        return free;
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
