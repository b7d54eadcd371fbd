package org.peermentor.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.peermentor.demo.DemoCohort;
import org.peermentor.demo.DemoEndpoints;
import org.peermentor.demo.DemoLoader;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.embedded.EmbeddedMail;
import org.peermentor.embedded.EmbeddedMongo;
import org.peermentor.embedded.Ports;
import org.peermentor.localstack.auth.DemoCredentials;
import org.peermentor.localstack.auth.DemoUsers;
import org.peermentor.localstack.auth.TokenClient;

/**
 * {@code ./run-local}: starts Kafka, MongoDB and mail in this JVM, then each service as a child JVM pointed at them
 * (the staff console last), waits until every service is ready and prints where everything runs and who can sign in.
 * Ctrl-C stops it all, services first.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final LocalStackSettings settings;
    private final List<ServiceSpec> services;
    private final PrintStream out;
    private final CountDownLatch stopped = new CountDownLatch(1);
    // written by start() while Ctrl-C may run close() in another thread
    private volatile EmbeddedKafkaBroker kafka;
    private volatile EmbeddedMongo mongo;
    private volatile EmbeddedMail mail;
    private volatile DemoCredentials credentials;
    private volatile DemoUsers users;
    private volatile ServiceProcesses processes;
    private volatile boolean stopping;

    LocalStack(LocalStackSettings settings, List<ServiceSpec> services, PrintStream out) {
        this.settings = settings;
        this.services = services;
        this.out = out;
    }

    /**
     * Starts the whole system with {@code ./run-local}'s options (the environment is not read), for end-to-end
     * tests, and loads the demo cohort when they include {@code --demo}; close it to stop everything.
     */
    public static LocalStack startWith(String... args) {
        return startWith(Map.of(), args);
    }

    /**
     * Likewise, with Spring Boot settings of the tests' own given to every service (e.g.
     * {@code peermentor.rate-limits.enabled=false}), on top of what {@code ./run-local} gives them. Without a
     * {@code --console-port} the console gets a free port (see {@link #consoleUrl()}), so that tests written before
     * it existed do not collide with a console someone runs on :8080.
     */
    public static LocalStack startWith(Map<String, String> serviceSettings, String... args) {
        LocalStackSettings settings = LocalStackSettings.parse(withConsolePort(args), Map.of());
        List<ServiceSpec> services = Services.all(settings).stream()
                .map(spec -> spec.with(serviceSettings))
                .toList();
        LocalStack stack = new LocalStack(settings, services, System.out);
        try {
            stack.start();
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        if (settings.demo()) {
            stack.loadDemo();
        }
        return stack;
    }

    private static String[] withConsolePort(String[] args) {
        boolean named =
                Arrays.stream(args).anyMatch(arg -> arg.equals("--console-port") || arg.startsWith("--console-port="));
        if (named) {
            return args;
        }
        String[] more = Arrays.copyOf(args, args.length + 2);
        more[args.length] = "--console-port";
        more[args.length + 1] = String.valueOf(Ports.freePort());
        return more;
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStackSettings settings;
        try {
            settings = LocalStackSettings.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("run-local: " + e.getMessage());
            System.err.println(LocalStackSettings.USAGE);
            System.exit(2);
            return;
        }
        if (settings.help()) {
            System.out.println(LocalStackSettings.USAGE);
            return;
        }
        LocalStack stack = new LocalStack(settings, Services.all(settings), System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            if (stack.stopping) {
                return; // Ctrl-C during start: the shutdown hook is already stopping everything
            }
            System.err.println(System.lineSeparator() + "run-local: " + e.getMessage()
                    + (e.getCause() == null ? "" : System.lineSeparator() + "  because: " + e.getCause()));
            System.exit(1); // the shutdown hook stops whatever had started
        }
        stack.printSummary();
        if (settings.demo()) {
            stack.loadDemo();
        }
        stack.awaitStopped();
    }

    // not synchronized with close(): Ctrl-C during a slow start must stop at once, not after it
    void start() {
        List<ServiceSpec> launchable = Preflight.launchableServices(settings, services, out);
        LeftoverServices.stopLeftovers(settings.dataDir(), out, STOP_GRACE);
        Preflight.checkPorts(settings, launchable);
        Path data = createDirectories(settings.dataDir());
        out.println("Data in " + data);
        credentials = DemoCredentials.loadOrCreate(data, settings.console());
        users = DemoUsers.loadOrCreate(data);
        kafka = EmbeddedKafkaBroker.create(data.resolve("kafka"), settings.kafkaPort());
        startStep("Kafka (KRaft) on " + kafka.bootstrapServers(), kafka::start);
        mongo = EmbeddedMongo.create(data.resolve("mongo"), settings.mongoPort());
        startStep("MongoDB on " + mongo.connectionString(), mongo::start);
        mail = EmbeddedMail.create(data.resolve("mail"), settings.smtpPort(), settings.inboxPort());
        startStep("SMTP on localhost:" + mail.smtpPort() + ", inbox on " + mail.inboxUrl(), mail::start);
        processes = new ServiceProcesses(
                settings,
                new InfrastructureEndpoints(kafka.bootstrapServers(), mongo.connectionString(), mail.smtpPort()),
                credentials,
                out,
                () -> stopping);
        processes.launch(launchable);
    }

    private void startStep(String what, Runnable start) {
        checkNotStopping();
        out.print("Starting " + what + " ... ");
        out.flush();
        start.run();
        out.println("up");
    }

    private void checkNotStopping() {
        if (stopping) {
            throw new IllegalStateException("Stopped while starting");
        }
    }

    /** {@code --demo}: the demo cohort through the services' HTTP API; a failure is reported and the system keeps running. */
    void loadDemo() {
        List<String> names = processes.names();
        if (!names.containsAll(services.stream()
                .filter(spec -> !spec.optional())
                .map(ServiceSpec::name)
                .toList())) {
            out.println("--demo needs every service running; skipping the demo cohort.");
            return;
        }
        DemoEndpoints endpoints = new DemoEndpoints(
                local(settings.intakePort()),
                local(settings.matchingPort()),
                local(settings.notificationPort()),
                URI.create(mail.inboxUrl()));
        try {
            new DemoLoader(
                            endpoints,
                            tokenClient(DemoCredentials.INTAKE_DESK)::authorization,
                            tokenClient(DemoCredentials.PROGRAM_MANAGER)::authorization,
                            out)
                    .load(DemoCohort.standard())
                    .print(out);
        } catch (RuntimeException e) {
            if (!stopping) {
                System.err.println("run-local: the demo cohort could not be loaded (the system keeps running): "
                        + e.getMessage() + System.lineSeparator() + "  logs: "
                        + settings.dataDir().resolve("logs"));
            }
        }
        if (names.contains(Services.CONSOLE)) {
            out.println("Open " + consoleUrl() + " and sign in as " + DemoUsers.INTAKE + " (password "
                    + users.password(DemoUsers.INTAKE) + ")");
        }
    }

    private static URI local(int port) {
        return URI.create("http://localhost:" + port);
    }

    /** The demo clients and their secrets, as written to {@code DATA_DIR/demo-credentials.json}; known once started. */
    public DemoCredentials credentials() {
        return credentials;
    }

    /**
     * The people who sign in to the staff console and their passwords, as written to
     * {@code DATA_DIR/demo-users.json}; known once started.
     */
    public DemoUsers users() {
        return users;
    }

    /** The staff console, {@code http://localhost:8080} unless {@code --console-port} moved it. */
    public URI consoleUrl() {
        return settings.console();
    }

    /** Bearer tokens of one demo client (e.g. {@link DemoCredentials#INTAKE_DESK}) from this stack's issuer. */
    public TokenClient tokenClient(String clientId) {
        return TokenClient.of(URI.create(settings.issuer()), credentials.client(clientId));
    }

    /** The Kafka broker, for fault tests: stop it and start it again (same port, same data). */
    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    /** The MongoDB server, for fault tests: stop it and start it again (same port, same data). */
    public EmbeddedMongo mongo() {
        return mongo;
    }

    /** The SMTP server and inbox, for fault tests: stop it and start it again (same ports, same messages). */
    public EmbeddedMail mail() {
        return mail;
    }

    /**
     * Where each instance of a service answers, the first instance first: {@code [http://localhost:8081]} for
     * {@code intake-service}, and {@code http://localhost:8181} after it with {@code --instances 2}.
     */
    public List<URI> urls(String service) {
        return services.stream()
                .filter(spec -> spec.name().equals(service))
                .map(spec -> local(spec.port()))
                .toList();
    }

    /**
     * The names of a service's instances, as {@link #kill} and {@link #restart} take them: the service's own name for
     * the first, {@code intake-service-2} for the second.
     */
    public List<String> instancesOf(String service) {
        return services.stream()
                .filter(spec -> spec.name().equals(service))
                .map(ServiceSpec::label)
                .toList();
    }

    /**
     * Kills a service's JVM with SIGKILL, as {@code kill -9} or a crash would: no graceful shutdown, nothing flushed.
     * {@code service} names one instance ({@link #instancesOf}); a service's own name is its first. For fault tests;
     * {@link #restart} starts it again.
     */
    public void kill(String service) {
        processes.kill(service);
    }

    /** Starts a service that was killed again, with the same settings, and waits until it is ready. */
    public void restart(String service) {
        processes.restart(services.stream()
                .filter(spec -> spec.label().equals(service))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + service)));
    }

    void printSummary() {
        SummaryBuilder.builder()
                .dataDir(settings.dataDir())
                .runningServices(processes.names())
                .services(services)
                .kafka(kafka)
                .mongo(mongo)
                .mail(mail)
                .issuer(settings.issuer())
                .credentials(credentials)
                .users(users)
                .console(consoleUrl())
                .build()
                .print(out);
    }

    /** Stops services first (they still need Kafka and MongoDB to shut down cleanly), then mail, MongoDB, Kafka. */
    @Override
    public synchronized void close() {
        if (stopping) {
            return;
        }
        stopping = true;
        boolean started = kafka != null;
        if (started) {
            out.println("Stopping ...");
        }
        if (processes != null) {
            processes.stopAll(STOP_GRACE);
        }
        if (started) {
            LeftoverServices.forget(settings.dataDir());
        }
        stopQuietly("mail", mail);
        stopQuietly("MongoDB", mongo);
        stopQuietly("Kafka", kafka);
        if (started) {
            out.println("Stopped.");
        }
        stopped.countDown();
    }

    void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    private static void stopQuietly(String what, AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("Could not stop " + what + " cleanly: " + e);
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
    }
}
