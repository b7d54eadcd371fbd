package org.peermentor.localstack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.peermentor.embedded.Ports;

/** Checks made before anything starts, so a missing build or a busy port fails in a second with a clear sentence. */
final class Preflight {

    private Preflight() {}

    /**
     * The services whose jar is built; a missing jar fails, or is skipped with a warning when that is allowed or the
     * service is an optional one (the staff console: the services and their APIs work without it).
     */
    static List<ServiceSpec> launchableServices(
            LocalStackSettings settings, List<ServiceSpec> services, PrintStream out) {
        List<ServiceSpec> launchable = new ArrayList<>();
        for (ServiceSpec spec : services) {
            Path jar = spec.jar(settings.repoRoot());
            if (Files.isRegularFile(jar)) {
                launchable.add(spec);
            } else if (settings.allowMissingServices() || spec.optional()) {
                out.println("WARNING: " + jar + " is missing; running without " + spec.name());
            } else {
                throw new IllegalStateException(jar + " is missing. Build it with ./mvnw -DskipTests install"
                        + " (or start ./run-local without --no-build), or pass --allow-missing-services to run without "
                        + spec.name() + ".");
            }
        }
        return launchable;
    }

    static void checkPorts(LocalStackSettings settings, List<ServiceSpec> launchable) {
        Ports.requireFree(settings.kafkaPort(), "Kafka", "--kafka-port");
        Ports.requireFree(settings.mongoPort(), "MongoDB", "--mongo-port");
        Ports.requireFree(settings.smtpPort(), "SMTP", "--smtp-port");
        Ports.requireFree(settings.inboxPort(), "inbox", "--inbox-port");
        for (ServiceSpec spec : launchable) {
            String portOption = spec.instance() == 1
                    ? spec.portOption()
                    : spec.portOption() + " (instance " + spec.instance() + " takes its port + "
                            + LocalStackSettings.INSTANCE_PORT_STEP * (spec.instance() - 1) + ")";
            Ports.requireFree(spec.port(), spec.label(), portOption);
            if (spec.managementPort() != spec.port()) {
                Ports.requireFree(
                        spec.managementPort(),
                        spec.label() + "'s management",
                        portOption + " (its port + " + ServiceSpec.MANAGEMENT_PORT_OFFSET + ")");
            }
        }
    }
}
