package org.peermentor.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peermentor.embedded.Ports;
import org.peermentor.localstack.auth.DemoCredentials;
import tools.jackson.databind.json.JsonMapper;

/**
 * One instance of a service of the system: its module name (also its jar's name), its HTTP port, its own MongoDB
 * database (null for one that needs no Kafka, MongoDB or mail, like the OAuth2 issuer), any settings of its own (such
 * as where another service answers), the OAuth2 client it signs people in as (null: none; its secret is given at
 * launch, in the environment), whether the system runs without it when its jar is not built, and which instance of
 * the service it is (1 unless {@code --instances} starts more).
 */
record ServiceSpec(
        String name,
        int port,
        String mongoDatabase,
        List<String> settings,
        String signInClient,
        boolean optional,
        int instance) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A service's management port is its port plus this: 9081 for intake's 8081, 9080 for the console's 8080. */
    static final int MANAGEMENT_PORT_OFFSET = Ports.MANAGEMENT_OFFSET;

    private static final String ISSUER = "auth-server";

    ServiceSpec(String name, int port, String mongoDatabase) {
        this(name, port, mongoDatabase, List.of());
    }

    ServiceSpec(String name, int port, String mongoDatabase, List<String> settings) {
        this(name, port, mongoDatabase, settings, null, false, 1);
    }

    /**
     * This service with more Spring Boot settings; one it has already is given the new value. Not for one the local
     * stack gives already (ports, addresses): Spring would read a setting given twice on the command line as one
     * comma-separated value.
     */
    ServiceSpec with(Map<String, String> more) {
        List<String> all = new ArrayList<>(settings);
        more.forEach((name, value) -> {
            all.removeIf(setting -> setting.startsWith("--" + name + "="));
            all.add("--" + name + "=" + value);
        });
        return new ServiceSpec(name, port, mongoDatabase, all, signInClient, optional, instance);
    }

    /** This service signing people in as the OAuth2 client {@code clientId} of the demo credentials. */
    ServiceSpec signingInAs(String clientId) {
        return new ServiceSpec(name, port, mongoDatabase, settings, clientId, optional, instance);
    }

    /** This service skipped, with a warning, when its jar is not built: the rest of the system works without it. */
    ServiceSpec optionalWhenNotBuilt() {
        return new ServiceSpec(name, port, mongoDatabase, settings, signInClient, true, instance);
    }

    /** Instance {@code instance} of this service, on the port {@code --instances} gives it, otherwise the same. */
    ServiceSpec instance(int instance) {
        return new ServiceSpec(
                name,
                LocalStackSettings.instancePort(port, instance),
                mongoDatabase,
                settings,
                signInClient,
                optional,
                instance);
    }

    /**
     * What names this instance in the summary, its log file and {@link LocalStack#kill}: the service's name for the
     * first instance, {@code intake-service-2} for the second.
     */
    String label() {
        return instance == 1 ? name : name + "-" + instance;
    }

    /** Spring Boot's fat jar, as {@code ./mvnw install} builds it with the module's fixed finalName. */
    Path jar(Path repoRoot) {
        return repoRoot.resolve(name).resolve("target").resolve(name + ".jar");
    }

    /**
     * The option that moves its port: intake-service's is --intake-port, auth-server's --auth-port, staff-console's
     * --console-port.
     */
    String portOption() {
        return "--" + name.replaceFirst("^staff-", "").replaceFirst("-(service|server)$", "") + "-port";
    }

    /**
     * Where its health and metrics answer: a port of its own, bound to localhost, for the services and the console
     * (CONTRACT.md "Operations"); the issuer serves them on its one port.
     */
    int managementPort() {
        return name.equals(ISSUER) ? port : port + MANAGEMENT_PORT_OFFSET;
    }

    /** The Spring Boot command-line properties that point the service at this machine's infrastructure. */
    List<String> arguments(InfrastructureEndpoints endpoints) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=" + port);
        if (mongoDatabase != null) {
            String mongoUri = endpoints.mongoConnectionString() + "/" + mongoDatabase;
            arguments.addAll(List.of(
                    "--spring.kafka.bootstrap-servers=" + endpoints.kafkaBootstrapServers(),
                    // Boot 4 reads spring.mongodb.*; the spring.data.mongodb.* name is kept for older code paths
                    "--spring.mongodb.uri=" + mongoUri,
                    "--spring.data.mongodb.uri=" + mongoUri,
                    "--spring.mail.host=localhost",
                    "--spring.mail.port=" + endpoints.smtpPort(),
                    // as when it runs as several instances: a client's rate limit is counted in the store
                    "--peermentor.rate-limits.shared=true"));
        }
        // /actuator/health/readiness exists outside Kubernetes only with probes switched on
        arguments.add("--management.endpoint.health.probes.enabled=true");
        if (managementPort() != port) {
            arguments.add("--management.server.port=" + managementPort());
        }
        arguments.addAll(settings);
        return arguments;
    }

    /**
     * The environment it starts with: a sign-in client's secret as Boot's {@code SPRING_APPLICATION_JSON}, never on
     * the command line, which every user of the machine can see and the service's log keeps.
     */
    Map<String, String> environment(DemoCredentials credentials) {
        if (signInClient == null) {
            return Map.of();
        }
        String secret = credentials.client(signInClient).clientSecret();
        return Map.of(
                "SPRING_APPLICATION_JSON",
                JSON.writeValueAsString(Map.of(Services.REGISTRATIONS + signInClient + ".client-secret", secret)));
    }
}
