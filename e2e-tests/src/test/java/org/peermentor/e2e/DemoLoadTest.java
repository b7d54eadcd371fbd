package org.peermentor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.demo.DemoCohort;
import org.peermentor.demo.DemoEndpoints;
import org.peermentor.demo.DemoLoader;
import org.peermentor.demo.DemoReport;
import org.peermentor.demo.ProgramReport;
import org.peermentor.localstack.auth.TokenClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./run-local --demo} against the whole system as ./run-local runs it: the demo cohort registered through
 * the intake API with the intake desk's tokens from the local issuer, a round per program run with a program
 * manager's, one program approved and its mentors emailed, the other left for review
 * with its proposals open; then the same cohort loaded again, creating nobody, starting no round, changing no
 * pairing and sending no email.
 */
class DemoLoadTest {

    private final JsonHttp http = new JsonHttp();
    private WholeSystem system;
    private DemoLoader loader;

    @BeforeEach
    void startTheWholeSystemWithTheDemo() throws IOException {
        system = WholeSystem.start("e2e-demo-", "--demo", "--no-console");
        StackPorts ports = system.ports();
        loader = new DemoLoader(
                DemoEndpoints.localhost(ports.intake(), ports.matching(), ports.notification(), ports.inbox()),
                system.desk()::authorization,
                system.manager()::authorization,
                System.out);
    }

    @AfterEach
    void stopIt() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theDemoCohortIsLoadedThroughThePublicApiAndASecondLoadCreatesNobody() throws Exception {
        TokenClient desk = system.desk();
        TokenClient manager = system.manager();
        Mailbox inbox = new Mailbox(http, system.ports());
        // every field of every pairing, as the service wrote it
        List<JsonNode> pairingsAfterTheFirstLoad = list(manager, matching("/api/pairings"));
        int inboxAfterTheFirstLoad = inbox.total();

        DemoReport second = loader.load(DemoCohort.standard());

        assertThat(second.created()).isZero();
        assertThat(list(desk, intake("/api/participants?size=1000"))).hasSize(150);
        assertThat(list(desk, intake("/api/mentors?size=1000"))).hasSize(50);
        assertThat(list(manager, matching("/api/pairings")))
                .containsExactlyInAnyOrderElementsOf(pairingsAfterTheFirstLoad);
        assertThat(list(manager, matching("/api/programs/demo-recovery/rounds")))
                .hasSize(1);
        assertThat(list(manager, matching("/api/programs/demo-wellbeing/rounds")))
                .hasSize(1);
        assertThat(inbox.total()).isEqualTo(inboxAfterTheFirstLoad);

        ProgramReport recovery = second.programs().get(0);
        ProgramReport wellbeing = second.programs().get(1);
        assertThat(recovery)
                .extracting(ProgramReport::id, ProgramReport::participants, ProgramReport::mentors)
                .containsExactly("demo-recovery", 90, 30);
        assertThat(wellbeing)
                .extracting(ProgramReport::id, ProgramReport::participants, ProgramReport::mentors)
                .containsExactly("demo-wellbeing", 60, 20);
        assertThat(recovery.matched()).as("approved pairings").isGreaterThan(50);
        assertThat(recovery.proposed()).isZero();
        assertThat(recovery.emailsSent())
                .as("one email per approved pairing, to its mentor")
                .isEqualTo(recovery.matched());
        assertThat(inboxAfterTheFirstLoad).isEqualTo(recovery.matched());
        assertThat(wellbeing.matched()).isZero();
        assertThat(wellbeing.proposed()).as("proposals left for review").isGreaterThan(30);
        assertThat(wellbeing.emailsSent()).isZero();
        for (ProgramReport program : second.programs()) {
            assertThat(program.waitingWhy())
                    .as("the rules that keep %s's hard cases waiting", program.id())
                    .containsKeys("H2", "H3", "H4", "H5", "H6");
            assertThat(program.matched() + program.proposed() + program.waiting())
                    .isEqualTo(program.participants());
        }
    }

    private String intake(String path) {
        return system.ports().intake(path);
    }

    private String matching(String path) {
        return system.ports().matching(path);
    }

    private List<JsonNode> list(TokenClient caller, String uri) throws Exception {
        return http.getList(caller, uri, JsonNode.class);
    }
}
