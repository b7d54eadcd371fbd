package org.peermentor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peermentor.localstack.LocalStack;
import org.peermentor.localstack.Ports;
import org.peermentor.localstack.auth.DemoCredentials;
import org.peermentor.localstack.auth.TokenClient;
import org.peermentor.localstack.demo.DemoCohort;
import org.peermentor.localstack.demo.DemoEndpoints;
import org.peermentor.localstack.demo.DemoLoader;
import org.peermentor.localstack.demo.DemoReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./run-local --demo} against the whole system as ./run-local runs it: the demo cohort registered through
 * the intake API with the intake desk's tokens from the local issuer, a round per program run with a program
 * manager's, one program approved and its mentors emailed, the other left for review
 * with its proposals open; then the same cohort loaded again, creating nobody, starting no round, changing no
 * pairing and sending no email.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoLoadTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int[] ports = new int[8];
    private LocalStack stack;
    private DemoLoader loader;
    private TokenClient desk;
    private TokenClient manager;

    @BeforeAll
    void startTheWholeSystem() throws IOException {
        Path data = Files.createTempDirectory("e2e-demo-");
        for (int i = 0; i < ports.length; i++) {
            ports[i] = Ports.freePort();
        }
        stack = LocalStack.startWith("--repo-root", Path.of("..").toAbsolutePath().normalize().toString(),
                "--data-dir", data.toString(),
                "--kafka-port", "" + ports[0], "--mongo-port", "" + ports[1], "--smtp-port", "" + ports[2],
                "--inbox-port", "" + ports[3], "--intake-port", "" + ports[4], "--matching-port", "" + ports[5],
                "--notification-port", "" + ports[6], "--auth-port", "" + ports[7], "--demo");
        desk = stack.tokenClient(DemoCredentials.INTAKE_DESK);
        manager = stack.tokenClient(DemoCredentials.PROGRAM_MANAGER);
        loader = new DemoLoader(DemoEndpoints.localhost(ports[4], ports[5], ports[6], ports[3]), desk, manager, System.out);
    }

    @AfterAll
    void stopIt() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theDemoCohortIsLoadedThroughThePublicApiAndASecondLoadCreatesNobody() throws Exception {
        List<Map<String, Object>> pairingsAfterTheFirstLoad = list(manager, matching("/api/pairings"));
        int inboxAfterTheFirstLoad = inboxTotal();

        DemoReport second = loader.load(DemoCohort.standard());

        assertThat(second.created()).isZero();
        assertThat(list(desk, intake("/api/participants?size=1000"))).hasSize(150);
        assertThat(list(desk, intake("/api/mentors?size=1000"))).hasSize(50);
        assertThat(list(manager, matching("/api/pairings"))).containsExactlyInAnyOrderElementsOf(pairingsAfterTheFirstLoad);
        assertThat(list(manager, matching("/api/programs/demo-recovery/rounds"))).hasSize(1);
        assertThat(list(manager, matching("/api/programs/demo-wellbeing/rounds"))).hasSize(1);
        assertThat(inboxTotal()).isEqualTo(inboxAfterTheFirstLoad);

        DemoReport.Program recovery = second.programs().get(0);
        DemoReport.Program wellbeing = second.programs().get(1);
        assertThat(recovery).extracting(DemoReport.Program::id, DemoReport.Program::participants, DemoReport.Program::mentors)
                .containsExactly("demo-recovery", 90, 30);
        assertThat(wellbeing).extracting(DemoReport.Program::id, DemoReport.Program::participants, DemoReport.Program::mentors)
                .containsExactly("demo-wellbeing", 60, 20);
        assertThat(recovery.matched()).as("approved pairings").isGreaterThan(50);
        assertThat(recovery.proposed()).isZero();
        assertThat(recovery.emailsSent()).as("one email per approved pairing, to its mentor").isEqualTo(recovery.matched());
        assertThat(inboxAfterTheFirstLoad).isEqualTo(recovery.matched());
        assertThat(wellbeing.matched()).isZero();
        assertThat(wellbeing.proposed()).as("proposals left for review").isGreaterThan(30);
        assertThat(wellbeing.emailsSent()).isZero();
        for (DemoReport.Program program : second.programs()) {
            assertThat(program.waitingWhy()).as("the rules that keep %s's hard cases waiting", program.id())
                    .containsKeys("H2", "H3", "H4", "H5", "H6");
            assertThat(program.matched() + program.proposed() + program.waiting()).isEqualTo(program.participants());
        }
    }

    private int inboxTotal() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + ports[3] + "/api/v1/messages?limit=1")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return ((Number) JSON.readValue(response.body(), Map.class).get("total")).intValue();
    }

    private String intake(String path) {
        return "http://localhost:" + ports[4] + path;
    }

    private String matching(String path) {
        return "http://localhost:" + ports[5] + path;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(TokenClient caller, String uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", caller.authorization()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s answered %s", uri, response.body()).isEqualTo(200);
        return JSON.readValue(response.body(), List.class);
    }
}
