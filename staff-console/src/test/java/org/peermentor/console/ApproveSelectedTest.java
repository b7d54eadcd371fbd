package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.StubBackend.Person;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;

/**
 * "Approve selected" with many proposals: the console sends the selection to the matching service's batch approval
 * in chunks, each proposal once, and a chunk the service could not take is said for each of its proposals.
 */
class ApproveSelectedTest extends ConsoleTest {

    private static final String BATCH = "/api/programs/demo-recovery/pairings/approve";

    @BeforeEach
    void aManagersDashboard() {
        stub.answerTheDemoProgram();
        stub.answer("GET", "/api/programs/demo-recovery/report", 200, """
                {"programId":"demo-recovery","waiting":0,"freeMentorPlaces":0,"byIssue":[],"byLanguage":[]}""");
        stub.answer("GET", "/api/programs/demo-recovery/waiting", 200, "[]");
        stub.answer("GET", "/api/pairings", 200, "[]");
        stub.answer("GET", "/api/programs/demo-recovery/rounds", 200, "[]");
        browser.signedInAs(Person.MANAGER);
    }

    @Test
    void twoHundredAndFiftySelectedGoInChunksOfAHundredEachProposalOnce() {
        stub.answer("POST", BATCH, 200, "{\"approved\":0,\"outcomes\":[]}");
        List<String> selected = IntStream.range(0, 250).mapToObj(i -> "pr-" + i).toList();

        approve(selected, "pr-7"); // ticked twice

        List<String> bodies =
                stub.received("POST", BATCH).stream().map(call -> call.body()).toList();
        assertThat(bodies).hasSize(3);
        assertThat(bodies).allSatisfy(body -> assertThat(body).startsWith("{\"pairingIds\":["));
        assertThat(bodies.stream()
                        .mapToInt(body -> body.split(",").length)
                        .sorted()
                        .boxed()
                        .toList())
                .containsExactly(50, 100, 100);
        assertThat(String.join(",", bodies).split("\"pr-7\""))
                .as("pr-7 sent once")
                .hasSize(2);
    }

    @Test
    void aChunkTheServiceCouldNotTakeIsSaidForEachOfItsProposals() {
        stub.answer("POST", BATCH, 503, "{\"status\":503,\"title\":\"Service Unavailable\"}");
        stub.answer("GET", "/api/pairings/pr-1", 200, """
                {"id":"pr-1","participantFirstName":"Bo","mentorFirstName":"Max","status":"PROPOSED"}""");

        approve(List.of("pr-1", "pr-2"));

        assertThat(browser.get("/programs/demo-recovery").getResponseBody())
                .contains(
                        "Approved 0 of 2 selected proposals. Not approved:",
                        "Bo with Max: the matching service did not answer. Nothing was changed; try again in a minute.",
                        "Pairing pr-2: the matching service did not answer.");
    }

    private void approve(List<String> ids, String... again) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        ids.forEach(id -> form.add("pairingId", id));
        List.of(again).forEach(id -> form.add("pairingId", id));
        EntityExchangeResult<String> answered =
                browser.submit("/programs/demo-recovery", "/programs/demo-recovery/proposals/approve", form);
        assertThat(answered.getStatus().value()).isEqualTo(303);
    }
}
