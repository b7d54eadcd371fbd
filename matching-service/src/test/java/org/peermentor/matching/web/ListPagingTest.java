package org.peermentor.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.matching.support.RunningMatching;
import org.springframework.http.MediaType;

/**
 * The pairing list and a program's rounds come in pages ({@code page}, {@code size}), still as JSON arrays: a
 * program's history grows with every round, and one answer must not carry all of it.
 */
class ListPagingTest extends RunningMatching {

    @Test
    void pairingsComePageByPageInTheOrderTheyWereMade() {
        for (String name : List.of("Ana", "Bo", "Cy")) {
            cohort.publish(cohort.participant(name, "es", "GRIEF"));
            cohort.publish(cohort.mentor(name + "-mentor", "es", "GRIEF", 1));
        }
        awaitReplica(3, 3);
        round(null);
        List<Object> all = ids(page("/api/pairings?programId={p}", 0, 500));
        assertThat(all).hasSize(3);

        List<Object> paged = new ArrayList<>(ids(page("/api/pairings?programId={p}", 0, 2)));
        paged.addAll(ids(page("/api/pairings?programId={p}", 1, 2)));

        assertThat(paged).isEqualTo(all);
        assertThat(page("/api/pairings?programId={p}", 2, 2)).isEmpty();
    }

    @Test
    void aProgramsRoundsComeNewestFirstPageByPage() {
        String first = started();
        String second = started();
        String third = started();

        assertThat(ids(page("/api/programs/{p}/rounds", 0, 2))).containsExactly(third, second);
        assertThat(ids(page("/api/programs/{p}/rounds", 1, 2))).containsExactly(first);
        assertThat(ids(page("/api/programs/{p}/rounds", 0, 1000))).containsExactly(third, second, first);
    }

    @Test
    void aSummaryOfTheRoundsLeavesOutTheirListsButKeepsTheirCounts() {
        for (String name : List.of("Ana", "Bo")) {
            cohort.publish(cohort.participant(name, "es", "GRIEF"));
        }
        cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(2, 1);
        String id = started();

        Map<String, Object> whole = page("/api/programs/{p}/rounds", 0, 1).get(0);
        Map<String, Object> summary =
                page("/api/programs/{p}/rounds?summary=true", 0, 1).get(0);

        assertThat(whole.get("pairings")).asList().hasSize(1);
        assertThat(whole.get("unmatched")).asList().hasSize(1);
        assertThat(summary)
                .containsEntry("id", id)
                .containsEntry("status", "COMPLETED")
                .containsEntry("matchedCount", 1)
                .containsEntry("unmatchedCount", 1);
        assertThat(summary.get("pairings")).asList().isEmpty();
        assertThat(summary.get("unmatched")).asList().isEmpty();
    }

    @Test
    void aPageOrSizeOutOfRangeIsABadRequestNamingTheParameter() {
        for (String path : List.of("/api/pairings?programId={p}", "/api/programs/{p}/rounds")) {
            badPaging(path + sep(path) + "size=0", "size");
            badPaging(path + sep(path) + "size=1001", "size");
            badPaging(path + sep(path) + "page=-1", "page");
            http.get()
                    .uri(path + sep(path) + "size=many", cohort.programId)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private String started() {
        return (String) round(null).get("id");
    }

    private void badPaging(String uri, String field) {
        http.get()
                .uri(uri, cohort.programId)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(field);
    }

    private List<Map<String, Object>> page(String path, int page, int size) {
        return readList(path + sep(path) + "page={page}&size={size}", cohort.programId, page, size);
    }

    private static String sep(String path) {
        return path.contains("?") ? "&" : "?";
    }

    private static List<Object> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> item.get("id")).toList();
    }
}
