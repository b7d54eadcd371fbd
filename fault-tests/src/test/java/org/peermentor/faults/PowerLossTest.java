package org.peermentor.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peermentor.faults.StackPorts.Part.AUTH;
import static org.peermentor.faults.StackPorts.Part.INTAKE;
import static org.peermentor.faults.StackPorts.Part.KAFKA;
import static org.peermentor.faults.StackPorts.Part.MATCHING;
import static org.peermentor.faults.StackPorts.Part.NOTIFICATION;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peermentor.contracts.Topics;
import org.peermentor.localstack.auth.DemoCredentials;
import org.peermentor.localstack.auth.TokenClient;
import org.peermentor.testkit.TopicProbe;
import org.peermentor.testkit.WholeSystemOptions;

/**
 * The whole stack as {@code ./run-local} runs it — its own JVM (Kafka broker, MongoDB wire server, SMTP, issuer
 * launcher) and the JVMs of the services it started — killed with {@code kill -9} all at once while registrations
 * stream in, as a power cut would stop it, then started again on the same data folder. Every registration intake
 * had answered 201 is still stored, once, its event is published and reaches matching, and a round matches it like
 * anyone else.
 */
@ExtendWith(KilledClientsExpected.class)
class PowerLossTest {

    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final List<String> PROGRAMS = List.of("power-a", "power-b");
    private static final int REGISTRATIONS = 600;
    private static final int ACKNOWLEDGED_BEFORE_THE_CUT = 250;

    private final StackPorts ports = StackPorts.free();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path data;
    private Process stack;

    @AfterEach
    void stopIt() {
        if (stack != null) {
            killTree(stack);
        }
    }

    @Test
    void everyRegistrationAnswered201SurvivesAKillNineOfTheWholeStack() throws IOException {
        data = Files.createTempDirectory("power-loss-");
        stack = start(1);
        Api matching = api("matching", MATCHING, DemoCredentials.PROGRAM_MANAGER);
        for (String program : PROGRAMS) {
            // no automatic round: the round at the end is the one that shows who can be matched
            assertThat(matching.put("/api/programs/" + program + "/settings", Map.of("settleTimeSeconds", 86_400))
                            .status())
                    .isEqualTo(200);
        }
        Cohort cohort = Cohort.of(REGISTRATIONS, PROGRAMS);
        Registrations before = new Registrations(api("intake", INTAKE, DemoCredentials.INTAKE_DESK));
        CompletableFuture<Void> registering = before.start(cohort.everyone(), 8);
        await().atMost(PATIENCE).until(() -> before.acknowledgedCount() >= ACKNOWLEDGED_BEFORE_THE_CUT);

        killTree(stack);
        // the requests under way when the power went get no answer; none is sent again
        before.stop();
        Map<String, Registrations.Acknowledged> acknowledged = before.acknowledged();
        await().atMost(PATIENCE).until(registering::isDone);
        stack = start(2);

        Api intake = api("intake", INTAKE, DemoCredentials.INTAKE_DESK);
        matching = api("matching", MATCHING, DemoCredentials.PROGRAM_MANAGER);
        Map<String, List<Profile>> participants = new HashMap<>();
        Map<String, List<Profile>> mentors = new HashMap<>();
        List<Profile> stored = new ArrayList<>();
        for (String program : PROGRAMS) {
            participants.put(program, intake.getAll("/api/participants?programId=" + program, Profile.class));
            mentors.put(program, intake.getAll("/api/mentors?programId=" + program, Profile.class));
            stored.addAll(participants.get(program));
            stored.addAll(mentors.get(program));
        }
        Map<String, List<String>> idsPerEmail = stored.stream()
                .collect(Collectors.groupingBy(Profile::email, Collectors.mapping(Profile::id, Collectors.toList())));
        assertThat(acknowledged)
                .isNotEmpty()
                .allSatisfy((email, ack) -> assertThat(idsPerEmail.get(email))
                        .as("stored for %s", email)
                        .containsExactly(ack.id()));
        assertThat(idsPerEmail.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));

        awaitPublished(acknowledged.values().stream()
                .map(Registrations.Acknowledged::id)
                .collect(Collectors.toSet()));

        for (String program : PROGRAMS) {
            long waiting = participants.get(program).size();
            long places = (long) mentors.get(program).size() * Cohort.CAPACITY;
            Api manager = matching;
            await().atMost(PATIENCE)
                    .until(
                            () -> manager.get("/api/programs/" + program + "/report"),
                            answer -> answer.status() == 200
                                    && answer.body(ProgramReport.class).counts(waiting, places));
            Api.Answer started = matching.postAsync("/api/programs/" + program + "/rounds", Map.of(), null)
                    .join();
            assertThat(started.status()).isEqualTo(202);
            String roundId = started.body(Round.class).id();
            await().atMost(PATIENCE)
                    .until(() -> !"SOLVING"
                            .equals(manager.get("/api/rounds/" + roundId)
                                    .body(Round.class)
                                    .status()));
            assertThat(matching.get("/api/rounds/" + roundId).body(Round.class).matchedCount())
                    .isEqualTo(Math.min(waiting, places));
        }
        System.out.printf(
                "%nPower loss: %d registrations answered 201 before the kill, all %d stored once and "
                        + "published after the restart; %d stored in all%n",
                acknowledged.size(), acknowledged.size(), stored.size());
    }

    /** {@code ./run-local --no-build} on this test's ports and data folder, its output in {@code stack-N.log}. */
    private Process start(int run) {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                root.resolve("local-stack/target/local-stack.jar").toString()));
        command.addAll(WholeSystemOptions.servicesOnly(data));
        command.addAll(ports.options());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + "-stack-" + run + ".log")
                        .toFile());
        // the test is about durability, not about one client's share of intake
        builder.environment().put("PEERMENTOR_RATE_LIMITS_ENABLED", "false");
        try {
            Process process = builder.start();
            for (StackPorts.Part service : List.of(INTAKE, MATCHING, NOTIFICATION)) {
                await().atMost(PATIENCE).until(() -> {
                    assertThat(process.isAlive()).as("the stack is running").isTrue();
                    // health answers on the service's management port: its port + 1000 under the local stack
                    return ready(ports.of(service) + 1000);
                });
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean ready(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL to the stack's JVM and every process it started, together, and waits until all are gone. */
    private static void killTree(Process process) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(handle -> handle.onExit().join());
    }

    private Api api(String name, StackPorts.Part service, String client) {
        DemoCredentials credentials = DemoCredentials.read(data.resolve(DemoCredentials.FILE_NAME));
        TokenClient tokens = TokenClient.of(ports.local(AUTH), credentials.client(client));
        return new Api(name, ports.local(service), tokens);
    }

    /** Waits until every one of these ids has an event on a profile topic. */
    private void awaitPublished(Set<String> ids) {
        String bootstrap = "localhost:" + ports.of(KAFKA);
        try (TopicProbe participants = new TopicProbe(bootstrap, Topics.PARTICIPANT_PROFILES);
                TopicProbe mentors = new TopicProbe(bootstrap, Topics.MENTOR_PROFILES)) {
            await().atMost(PATIENCE).until(() -> {
                Set<String> published = new HashSet<>();
                participants.records().forEach(record -> published.add(record.key()));
                mentors.records().forEach(record -> published.add(record.key()));
                return published.containsAll(ids);
            });
        }
    }

    /** A program's report, with only the counts the test waits for. */
    record ProgramReport(long waiting, long freeMentorPlaces) {

        boolean counts(long expectedWaiting, long expectedPlaces) {
            return waiting == expectedWaiting && freeMentorPlaces == expectedPlaces;
        }
    }

    /** A round as matching answers it, with only the fields the test reads; no count while it is solving. */
    record Round(String id, String status, Long matchedCount) {}
}
