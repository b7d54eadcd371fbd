package org.peermentor.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Overlap;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.Slot;
import org.peermentor.matching.pairing.Health;
import org.peermentor.matching.pairing.PairingView;
import org.peermentor.matching.pairing.PairingViewBuilder;
import org.peermentor.matching.report.SupplyLine;
import org.peermentor.matching.report.SupplyReport;
import org.peermentor.matching.report.WaitingTime;
import org.peermentor.matching.round.DryRunComparison;
import org.peermentor.matching.round.RoundStatus;
import org.peermentor.matching.round.RoundView;
import org.peermentor.matching.round.RoundViewBuilder;
import org.peermentor.matching.support.RunningMatching;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins the JSON of the views the staff console reads (a round, a pairing, a supply report) in golden files that
 * the console's own test reads into its records (contracts' test jar, {@code golden/matching-api/}): a field added,
 * renamed or dropped here fails this test until the golden file says so, and then the console's test until its
 * records follow. Every field of the samples is set and every list holds one entry, so the files show them all.
 */
class ManagerViewsGoldenJsonTest extends RunningMatching {

    private static final Instant STARTED = Instant.parse("2026-03-03T09:00:00Z");
    private static final Instant COMPLETED = Instant.parse("2026-03-03T09:00:30Z");

    @Autowired
    JsonMapper json;

    static Stream<Arguments> views() {
        return Stream.of(
                Arguments.of("Round", round()),
                Arguments.of("Pairing", pairing()),
                Arguments.of("SupplyReport", supplyReport()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void theServiceWritesExactlyTheGoldenJson(String name, Object view) throws IOException {
        assertThat(json.readTree(json.writeValueAsString(view))).isEqualTo(golden(name));
    }

    private JsonNode golden(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/golden/matching-api/" + name + ".json")) {
            assertThat(in).as("golden file for %s", name).isNotNull();
            return json.readTree(in);
        }
    }

    private static RoundView round() {
        List<String> explanation = List.of("Lived experience of ALCOHOL_USE");
        return RoundViewBuilder.builder()
                .id("r-2")
                .programId("recovery-north")
                .status(RoundStatus.COMPLETED)
                .dryRun(true)
                .automatic(false)
                .startedAt(STARTED)
                .completedAt(COMPLETED)
                .score("0hard/0medium/-120soft")
                .matchedCount(1)
                .unmatchedCount(1)
                .maximumMatchable(2)
                .weights(Map.of("ISSUE", 10))
                .termTotals(Map.of("ISSUE", 100L))
                .pairings(List.of(new RoundView.Pairing("pr-1", "p-1", "Ana", "m-1", "Ben", "PROPOSED", explanation)))
                .unmatched(List.of(new RoundView.Unmatched("p-2", "Cleo", List.of("No mentor speaks fr"))))
                .comparedTo(new DryRunComparison<>(
                        "r-1",
                        "0hard/0medium/-150soft",
                        1,
                        1,
                        Map.of("ISSUE", 90L),
                        List.of(new RoundView.Difference(
                                "p-1",
                                "Ana",
                                new RoundView.Side("m-2", "Dan", explanation),
                                new RoundView.Side("m-1", "Ben", explanation)))))
                .failure("none")
                .build();
    }

    private static PairingView pairing() {
        Slot tuesday = new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(19, 0));
        return PairingViewBuilder.builder()
                .id("pr-1")
                .programId("recovery-north")
                .roundId("r-1")
                .participantId("p-1")
                .participantFirstName("Ana")
                .mentorId("m-1")
                .mentorFirstName("Ben")
                .status(PairingStatus.ACCEPTED)
                .version(3)
                .sharedIssue("ALCOHOL_USE")
                .formats(List.of(Format.ONLINE))
                .overlaps(List.of(new Overlap(tuesday, tuesday, 60)))
                .explanation(List.of("Lived experience of ALCOHOL_USE"))
                .reason("Moved away")
                .rematch(false)
                .createdAt(STARTED)
                .updatedAt(COMPLETED)
                .linkExpiresAt(COMPLETED)
                .reminded(true)
                .acceptedAt(COMPLETED)
                .checkInsSent(2)
                .health(Health.ON_TRACK)
                .build();
    }

    private static SupplyReport supplyReport() {
        return new SupplyReport(
                "recovery-north",
                STARTED,
                3,
                1,
                List.of(new SupplyLine("ALCOHOL_USE", 3, 30, 50, 1)),
                List.of(new SupplyLine("en", 3, 30, 50, 1)),
                List.of(new WaitingTime("UNDER_1_DAY", "Under a day", 3)));
    }
}
