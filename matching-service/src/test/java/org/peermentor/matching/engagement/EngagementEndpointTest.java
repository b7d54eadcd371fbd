package org.peermentor.matching.engagement;

import org.junit.jupiter.api.Test;
import org.peermentor.matching.support.RunningMatching;

/** The engagement report over HTTP: its shape for the program's manager, and nothing for anyone else. */
class EngagementEndpointTest extends RunningMatching {

    @Test
    void theProgramsManagerReadsTheReportWithEveryHealthNamed() {
        http.get()
                .uri("/api/programs/{p}/engagement", cohort.programId)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.programId")
                .isEqualTo(cohort.programId)
                .jsonPath("$.accepted")
                .isEqualTo(0)
                .jsonPath("$.health.TOO_EARLY")
                .isEqualTo(0)
                .jsonPath("$.health.QUIET")
                .isEqualTo(0)
                .jsonPath("$.earlyEndings.count")
                .isEqualTo(0)
                .jsonPath("$.onTrackShare")
                .doesNotExist();
    }

    @Test
    void aManagerOfAnotherProgramFindsNoReport() {
        assertNotFoundByAnotherProgram("/api/programs/{p}/engagement", cohort.programId);
    }
}
