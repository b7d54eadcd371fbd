package org.peermentor.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.matching.pairing.PairingView;
import org.peermentor.matching.round.RoundStatus;
import org.peermentor.matching.round.RoundView;
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
        List<String> all = pairingIds(0, 500);
        assertThat(all).hasSize(3);

        List<String> paged = new ArrayList<>(pairingIds(0, 2));
        paged.addAll(pairingIds(1, 2));

        assertThat(paged).isEqualTo(all);
        assertThat(pairingIds(2, 2)).isEmpty();
    }

    @Test
    void aProgramsRoundsComeNewestFirstPageByPage() {
        String first = started();
        String second = started();
        String third = started();

        assertThat(roundIds(0, 2)).containsExactly(third, second);
        assertThat(roundIds(1, 2)).containsExactly(first);
        assertThat(roundIds(0, 1000)).containsExactly(third, second, first);
    }

    @Test
    void aSummaryOfTheRoundsLeavesOutTheirListsButKeepsTheirCounts() {
        for (String name : List.of("Ana", "Bo")) {
            cohort.publish(cohort.participant(name, "es", "GRIEF"));
        }
        cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(2, 1);
        String id = started();

        RoundView whole =
                page(RoundView.class, "/api/programs/{p}/rounds", 0, 1).get(0);
        RoundView summary = page(RoundView.class, "/api/programs/{p}/rounds?summary=true", 0, 1)
                .get(0);

        assertThat(whole.pairings()).hasSize(1);
        assertThat(whole.unmatched()).hasSize(1);
        assertThat(summary.id()).isEqualTo(id);
        assertThat(summary.status()).isEqualTo(RoundStatus.COMPLETED);
        assertThat(summary.matchedCount()).isEqualTo(1);
        assertThat(summary.unmatchedCount()).isEqualTo(1);
        assertThat(summary.pairings()).isEmpty();
        assertThat(summary.unmatched()).isEmpty();
    }

    @Test
    void aPageOrSizeOutOfRangeIsABadRequestNamingTheParameter() {
        for (String path : List.of("/api/pairings?programId={p}", "/api/programs/{p}/rounds")) {
            badPaging(path + sep(path) + "size=0", "size");
            badPaging(path + sep(path) + "size=1001", "size");
            badPaging(path + sep(path) + "page=-1", "page");
            badPaging(path + sep(path) + "size=many", "size");
        }
    }

    private String started() {
        return round(null).id();
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

    private List<String> pairingIds(int page, int size) {
        return page(PairingView.class, "/api/pairings?programId={p}", page, size).stream()
                .map(PairingView::id)
                .toList();
    }

    private List<String> roundIds(int page, int size) {
        return page(RoundView.class, "/api/programs/{p}/rounds", page, size).stream()
                .map(RoundView::id)
                .toList();
    }

    private <T> List<T> page(Class<T> type, String path, int page, int size) {
        return readList(type, path + sep(path) + "page={page}&size={size}", cohort.programId, page, size);
    }

    private static String sep(String path) {
        return path.contains("?") ? "&" : "?";
    }
}
