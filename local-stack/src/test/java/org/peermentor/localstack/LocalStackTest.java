package org.peermentor.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermentor.localstack.auth.ClientCredentials;
import org.peermentor.localstack.auth.DemoCredentials;
import org.peermentor.localstack.auth.DemoUser;
import tools.jackson.databind.json.JsonMapper;

class LocalStackTest {

    @TempDir
    Path repoRoot;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void aMissingServiceJarStopsTheStartBeforeAnythingRuns() {
        LocalStack stack = new LocalStack(settings(), List.of(new ServiceSpec("intake-service", 0, "intake")), out);

        assertThatIllegalStateException()
                .isThrownBy(stack::start)
                .withMessageContaining(repoRoot.resolve("intake-service/target/intake-service.jar")
                        .toString())
                .withMessageContaining("is missing")
                .withMessageContaining("--allow-missing-services");
        assertThat(output.toString(StandardCharsets.UTF_8)).doesNotContain("Kafka");
    }

    @Test
    void withMissingServicesAllowedTheInfrastructureRunsAndTheSummarySaysWhere() {
        LocalStackSettings settings = settings("--allow-missing-services");
        try (LocalStack stack =
                new LocalStack(settings, List.of(new ServiceSpec("intake-service", 8081, "intake")), out)) {
            stack.start();
            stack.printSummary();
        }

        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("WARNING: " + repoRoot.resolve("intake-service/target/intake-service.jar") + " is missing")
                .containsPattern("Kafka\\s+localhost:\\d+")
                .containsPattern("MongoDB\\s+mongodb://localhost:\\d+")
                .containsPattern("inbox\\s+http://localhost:\\d+")
                .containsPattern("intake-service\\s+not running")
                .contains(repoRoot.resolve(".local-data").toString())
                .contains("Stopped.");
    }

    @Test
    void theSummaryPrintsEveryClientOfTheIssuerWithItsSecretAndWhereTheyAreKept() {
        LocalStackSettings settings = settings("--allow-missing-services", "--auth-port", "9123");
        try (LocalStack stack = new LocalStack(settings, List.of(), out)) {
            stack.start();
            stack.printSummary();

            Path file = repoRoot.resolve(".local-data/demo-credentials.json");
            assertThat(stack.credentials().file()).isEqualTo(file);
            String printed = output.toString(StandardCharsets.UTF_8);
            assertThat(printed)
                    .containsPattern("OAuth2 issuer\\s+http://localhost:9123")
                    .contains(file.toString());
            for (ClientCredentials client : DemoCredentials.read(file).clients()) {
                assertThat(printed)
                        .containsPattern(client.clientId() + "\\s+" + client.clientSecret() + "\\s+"
                                + Pattern.quote(client.describe()));
            }
        }
    }

    @Test
    void theIssuerStartsFirstWithTheDemoCredentialsAndTheServicesVerifyTokensWithItsKeys() {
        LocalStackSettings settings = settings("--auth-port", "9123");
        ServiceCommand commands = new ServiceCommand(settings);
        List<ServiceSpec> services = Services.all(settings);
        InfrastructureEndpoints endpoints =
                new InfrastructureEndpoints("localhost:9092", "mongodb://localhost:27017", 3025);

        assertThat(services)
                .extracting(ServiceSpec::name)
                .containsExactly(
                        "auth-server", "intake-service", "matching-service", "notification-service", "staff-console");
        assertThat(commands.of(services.get(0), endpoints))
                .endsWith(
                        "-jar",
                        repoRoot.resolve("auth-server/target/auth-server.jar").toString(),
                        "--server.port=9123",
                        "--management.endpoint.health.probes.enabled=true",
                        "--auth.clients-file=" + repoRoot.resolve(".local-data/demo-credentials.json"),
                        "--auth.users-file=" + repoRoot.resolve(".local-data/demo-users.json"),
                        "--auth.data-dir=" + repoRoot.resolve(".local-data/auth"),
                        "--spring.security.oauth2.authorizationserver.issuer=http://localhost:9123",
                        "--auth.api-docs-origins=http://localhost:8081,http://localhost:8082,http://localhost:8083");
        for (ServiceSpec service : services.subList(1, 4)) {
            assertThat(commands.of(service, endpoints))
                    .contains(
                            "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:9123/oauth2/jwks",
                            "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:9123");
        }
        assertThat(services)
                .extracting(ServiceSpec::portOption)
                .containsExactly(
                        "--auth-port", "--intake-port", "--matching-port", "--notification-port", "--console-port");
    }

    @Test
    void quickStartStartsEachServicesJvmWithTheFirstTierCompilerOnlyAndOtherwiseTheJvmsDefaults() {
        InfrastructureEndpoints endpoints =
                new InfrastructureEndpoints("localhost:9092", "mongodb://localhost:27017", 3025);
        LocalStackSettings quick = settings("--quick-start");
        LocalStackSettings plain = settings();

        for (ServiceSpec service : Services.all(quick)) {
            assertThat(new ServiceCommand(quick).of(service, endpoints))
                    .containsSubsequence("-XX:TieredStopAtLevel=1", "-jar");
        }
        for (ServiceSpec service : Services.all(plain)) {
            assertThat(new ServiceCommand(plain).of(service, endpoints)).noneMatch(option -> option.startsWith("-XX:"));
        }
    }

    @Test
    void theConsoleSignsPeopleInAtTheIssuerAndCallsTheServicesWithItsSecretKeptOffTheCommandLine() {
        LocalStackSettings settings = settings(
                "--auth-port",
                "9123",
                "--console-port",
                "8123",
                "--intake-port",
                "8124",
                "--matching-port",
                "8125",
                "--notification-port",
                "8126");
        ServiceCommand commands = new ServiceCommand(settings);
        ServiceSpec console = Services.all(settings).get(4);
        DemoCredentials credentials = DemoCredentials.loadOrCreate(settings.dataDir(), settings.console());
        String secret = credentials.client(DemoCredentials.STAFF_CONSOLE).clientSecret();

        List<String> command =
                commands.of(console, new InfrastructureEndpoints("localhost:9092", "mongodb://localhost:27017", 3025));
        Map<String, String> environment = console.environment(credentials);

        assertThat(command)
                .endsWith(
                        "-jar",
                        repoRoot.resolve("staff-console/target/staff-console.jar")
                                .toString(),
                        "--server.port=8123",
                        "--management.endpoint.health.probes.enabled=true",
                        "--management.server.port=9123",
                        "--spring.security.oauth2.client.registration.staff-console.client-id=staff-console",
                        "--spring.security.oauth2.client.provider.peermentor.authorization-uri=http://localhost:9123/oauth2/authorize",
                        "--spring.security.oauth2.client.provider.peermentor.token-uri=http://localhost:9123/oauth2/token",
                        "--spring.security.oauth2.client.provider.peermentor.jwk-set-uri=http://localhost:9123/oauth2/jwks",
                        "--spring.security.oauth2.client.provider.peermentor.user-info-uri=http://localhost:9123/userinfo",
                        "--console.issuer-logout-uri=http://localhost:9123/connect/logout",
                        "--console.services.intake=http://localhost:8124",
                        "--console.services.matching=http://localhost:8125",
                        "--console.services.notification=http://localhost:8126");
        assertThat(String.join(" ", command)).doesNotContain(secret);
        assertThat(environment).containsOnlyKeys("SPRING_APPLICATION_JSON");
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(environment.get("SPRING_APPLICATION_JSON"))
                        .path("spring.security.oauth2.client.registration.staff-console.client-secret")
                        .asString())
                .isEqualTo(secret);
        assertThat(credentials.client(DemoCredentials.STAFF_CONSOLE).redirectUris())
                .containsExactly("http://localhost:8123/login/oauth2/code/staff-console");
        assertThat(Services.all(settings).get(1).environment(credentials))
                .as("the services get no secret")
                .isEmpty();
    }

    @Test
    void withoutTheConsolesJarEverythingElseRunsAndTheSummarySaysSo() {
        LocalStackSettings settings = settings("--auth-port", "9123");
        try (LocalStack stack = new LocalStack(settings, List.of(Services.console(settings)), out)) {
            stack.start();
            stack.printSummary();
        }

        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("WARNING: " + repoRoot.resolve("staff-console/target/staff-console.jar") + " is missing")
                .contains("Staff console: not running (jar missing)");
    }

    @Test
    void withoutTheConsoleAskedForTheSummarySaysItWasNotStarted() {
        LocalStackSettings settings = settings("--no-console", "--allow-missing-services");
        try (LocalStack stack = new LocalStack(settings, Services.all(settings), out)) {
            stack.start();
            stack.printSummary();
        }

        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("Staff console: not started (--no-console)")
                .containsPattern("intake-service\\s+not running \\(jar missing\\)")
                .doesNotContainPattern("staff-console\\s+(http|not running)")
                .doesNotContain("staff-console.jar");
    }

    @Test
    void theSummaryShowsTheConsoleFirstWithThePeopleWhoSignInToIt() {
        LocalStackSettings settings = settings("--allow-missing-services");
        try (LocalStack stack = new LocalStack(settings, List.of(), out)) {
            stack.start();
            stack.printSummary();

            String printed = output.toString(StandardCharsets.UTF_8);
            String summary = printed.substring(printed.indexOf("Peer-mentor matching runs"));
            assertThat(summary.indexOf("Staff console:")).isLessThan(summary.indexOf("Kafka"));
            assertThat(summary).contains(stack.users().file().toString());
            for (DemoUser person : stack.users().people()) {
                assertThat(summary)
                        .containsPattern(person.username() + "\\s+" + person.password() + "\\s+"
                                + String.join(" \\+ ", person.roles()) + "\\s+"
                                + Pattern.quote(person.describePrograms()));
            }
        }
    }

    @Test
    void aServiceIsStartedWithTheInfrastructuresAddresses() {
        ServiceCommand commands = new ServiceCommand(settings());
        ServiceSpec intake = new ServiceSpec("intake-service", 8081, "intake");

        List<String> command =
                commands.of(intake, new InfrastructureEndpoints("localhost:9092", "mongodb://localhost:27017", 3025));

        assertThat(command)
                .endsWith(
                        "-jar",
                        repoRoot.resolve("intake-service/target/intake-service.jar")
                                .toString(),
                        "--server.port=8081",
                        "--spring.kafka.bootstrap-servers=localhost:9092",
                        "--spring.mongodb.uri=mongodb://localhost:27017/intake",
                        "--spring.data.mongodb.uri=mongodb://localhost:27017/intake",
                        "--spring.mail.host=localhost",
                        "--spring.mail.port=3025",
                        "--peermentor.rate-limits.shared=true",
                        "--management.endpoint.health.probes.enabled=true",
                        "--management.server.port=9081");
    }

    @Test
    void testsMayGiveEveryServiceSettingsOfTheirOwnAfterTheStacksOwn() {
        ServiceCommand commands = new ServiceCommand(settings());
        ServiceSpec intake = new ServiceSpec("intake-service", 8081, "intake")
                .with(Map.of("peermentor.rate-limits.enabled", "false"));

        List<String> command =
                commands.of(intake, new InfrastructureEndpoints("localhost:9092", "mongodb://localhost:27017", 3025));

        assertThat(command)
                .endsWith(
                        "--management.endpoint.health.probes.enabled=true",
                        "--management.server.port=9081",
                        "--peermentor.rate-limits.enabled=false");
    }

    private LocalStackSettings settings(String... extra) {
        String[] base = {
            "--repo-root",
            repoRoot.toString(),
            "--kafka-port",
            "0",
            "--mongo-port",
            "0",
            "--smtp-port",
            "0",
            "--inbox-port",
            "0"
        };
        String[] args = Stream.concat(Arrays.stream(base), Arrays.stream(extra)).toArray(String[]::new);
        return LocalStackSettings.parse(args, Map.of());
    }
}
