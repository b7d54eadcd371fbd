package org.peermentor.localstack;

import static java.util.Map.entry;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code ./run-local} was asked for. Each option {@code --kafka-port 9092} (or {@code --kafka-port=9092}) can
 * also come from the environment as {@code KAFKA_PORT}; the command line wins. Defaults are the contract's ports.
 */
@RecordBuilder
record LocalStackSettings(
        Path repoRoot,
        Path dataDir,
        int kafkaPort,
        int mongoPort,
        int smtpPort,
        int inboxPort,
        int authPort,
        int intakePort,
        int matchingPort,
        int notificationPort,
        int consolePort,
        int instances,
        Duration startupTimeout,
        boolean demo,
        boolean allowMissingServices,
        boolean quickStart,
        boolean noConsole,
        boolean help) {

    static final String USAGE = """
            Usage: ./run-local [--no-build] [options]
              --data-dir DIR             where Kafka, MongoDB, mail, the issuer's key, the demo credentials and
                                         the logs are kept (default REPO/.local-data)
              --kafka-port N             Kafka broker (default 9092)
              --mongo-port N             MongoDB wire protocol (default 27017)
              --smtp-port N              SMTP (default 3025)
              --inbox-port N             web inbox and Mailpit-style API (default 8025)
              --auth-port N              OAuth2 issuer, auth-server (default 9000)
              --intake-port N            intake-service (default 8081)
              --matching-port N          matching-service (default 8082)
              --notification-port N      notification-service (default 8083)
              --console-port N           staff-console, the web console people sign in to (default 8080)
              --instances N              instances of intake, matching and notification, 1 to 3 (default 1); the
                                         second answers on each one's port + 100 (8181, 8182, 8183), the third on
                                         + 200, all over the same Kafka, MongoDB and issuer; the console uses the first
              --startup-timeout SECONDS  how long each service may take to become ready (default 120)
              --repo-root DIR            where the service jars are built (default: the current directory)
              --demo                     also load the demo cohort (demo-recovery, demo-wellbeing) through the
                                         HTTP API; again on the same data it adds nobody
              --allow-missing-services   skip, with a warning, services whose jar is not built
              --quick-start              start each service's JVM compiling less (-XX:TieredStopAtLevel=1) and
                                         from class data its first start archived (each jar extracted once into
                                         target/class-data): ready sooner on a small machine, slower under load;
                                         the whole-system tests use it, benchmarks do not
              --no-console               start everything but the staff console, e.g. to run the console from an
                                         IDE against these services; the tests that never open it use it
            Every option can also be set in the environment: --kafka-port is KAFKA_PORT, and so on.""";

    /** The most instances of a service {@code --instances} starts: enough to see one die and another take over. */
    static final int MAX_INSTANCES = 3;
    /** How much higher each further instance's port is than the one before: 8081, 8181, 8281 for intake. */
    static final int INSTANCE_PORT_STEP = 100;

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            entry("repo-root", "."),
            entry("data-dir", ""),
            entry("kafka-port", "9092"),
            entry("mongo-port", "27017"),
            entry("smtp-port", "3025"),
            entry("inbox-port", "8025"),
            entry("auth-port", "9000"),
            entry("intake-port", "8081"),
            entry("matching-port", "8082"),
            entry("notification-port", "8083"),
            entry("console-port", "8080"),
            entry("instances", "1"),
            entry("startup-timeout", "120"),
            entry("demo", "false"),
            entry("allow-missing-services", "false"),
            entry("quick-start", "false"),
            entry("no-console", "false"),
            entry("help", "false"));
    private static final List<String> SCALED = List.of("intake-port", "matching-port", "notification-port");
    private static final Set<String> FLAGS =
            Set.of("demo", "allow-missing-services", "quick-start", "no-console", "help");

    static LocalStackSettings parse(String[] args, Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        DEFAULTS.keySet().stream().filter(name -> !name.equals("help")).forEach(name -> {
            String fromEnv = env.get(envName(name));
            if (fromEnv != null && !fromEnv.isBlank()) {
                values.put(name, fromEnv);
            }
        });
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (FLAGS.contains(name) && value == null) {
                values.put(name, "true");
            } else if (DEFAULTS.containsKey(name) && !FLAGS.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("Option --" + name + " needs a value");
                    }
                    value = args[++i];
                }
                values.put(name, value);
            } else {
                throw new IllegalArgumentException("Unknown option --" + name);
            }
        }
        return of(values);
    }

    private static LocalStackSettings of(Map<String, String> v) {
        Path repoRoot = Path.of(v.get("repo-root")).toAbsolutePath().normalize();
        Path dataDir = v.get("data-dir").isEmpty()
                ? repoRoot.resolve(".local-data")
                : Path.of(v.get("data-dir")).toAbsolutePath().normalize();
        return LocalStackSettingsBuilder.builder()
                .repoRoot(repoRoot)
                .dataDir(dataDir)
                .kafkaPort(port(v, "kafka-port"))
                .mongoPort(port(v, "mongo-port"))
                .smtpPort(port(v, "smtp-port"))
                .inboxPort(port(v, "inbox-port"))
                .authPort(port(v, "auth-port"))
                .intakePort(port(v, "intake-port"))
                .matchingPort(port(v, "matching-port"))
                .notificationPort(port(v, "notification-port"))
                .consolePort(port(v, "console-port"))
                .instances(instances(v))
                .startupTimeout(Duration.ofSeconds(number(v, "startup-timeout")))
                .demo(Boolean.parseBoolean(v.get("demo")))
                .allowMissingServices(Boolean.parseBoolean(v.get("allow-missing-services")))
                .quickStart(Boolean.parseBoolean(v.get("quick-start")))
                .noConsole(Boolean.parseBoolean(v.get("no-console")))
                .help(Boolean.parseBoolean(v.get("help")))
                .build();
    }

    /** The local OAuth2 issuer, as every token names it ({@code iss}) and the services expect it. */
    String issuer() {
        return "http://localhost:" + authPort;
    }

    /** The staff console, as people open it in a browser and as its client's redirect URIs name it. */
    URI console() {
        return URI.create("http://localhost:" + consolePort);
    }

    /**
     * Where instance {@code instance} (1 is the first) of a service whose first instance answers on {@code port}
     * answers: each further instance {@link #INSTANCE_PORT_STEP} higher.
     */
    static int instancePort(int port, int instance) {
        return port + INSTANCE_PORT_STEP * (instance - 1);
    }

    static String envName(String option) {
        return option.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static int instances(Map<String, String> values) {
        int instances = number(values, "instances");
        if (instances < 1 || instances > MAX_INSTANCES) {
            throw new IllegalArgumentException(
                    "--instances must be between 1 and " + MAX_INSTANCES + ", not " + instances);
        }
        for (String scaled : SCALED) {
            int last = instancePort(number(values, scaled), instances);
            if (last > 65535) {
                throw new IllegalArgumentException("--" + scaled + " leaves no room for " + instances
                        + " instances: the last would need port " + last);
            }
        }
        return instances;
    }

    private static int port(Map<String, String> values, String name) {
        int port = number(values, name);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--" + name + " must be a port number, not " + port);
        }
        return port;
    }

    private static int number(Map<String, String> values, String name) {
        try {
            return Integer.parseInt(values.get(name).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, not '" + values.get(name) + "'");
        }
    }
}
