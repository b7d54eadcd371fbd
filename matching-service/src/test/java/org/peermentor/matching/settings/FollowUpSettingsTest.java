package org.peermentor.matching.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.matching.support.RunningMatching;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A program's follow-up settings: when an unanswered mentor is reminded, the check-in schedule and whether a request
 * for a new mentor ends the pairing at once. ISO-8601 durations; a bad one is refused naming its field, and what is
 * left out keeps its value.
 */
class FollowUpSettingsTest extends RunningMatching {

    @Test
    void aProgramStartsWithTheUsualFollowUp() {
        Map<String, Object> settings = settings();

        assertThat(settings)
                .containsEntry("reminderAfter", "P3D")
                .containsEntry("checkIns", Map.of("firstAfter", "P14D", "every", "P30D"))
                .containsEntry("rematchOnNewMentorRequest", false);
    }

    @Test
    void changedFollowUpSettingsAreKeptAndWhatIsLeftOutKeepsItsValue() {
        change("{\"reminderAfter\":\"PT5S\",\"checkIns\":{\"firstAfter\":\"P7D\",\"every\":\"PT36H\"},"
                        + "\"rematchOnNewMentorRequest\":true}")
                .expectStatus()
                .isOk();
        change("{\"checkIns\":{\"every\":\"P14D\"},\"minOverlapMinutes\":30}")
                .expectStatus()
                .isOk();

        assertThat(settings())
                .containsEntry("reminderAfter", "PT5S")
                .containsEntry("checkIns", Map.of("firstAfter", "P7D", "every", "P14D"))
                .containsEntry("rematchOnNewMentorRequest", true)
                .containsEntry("minOverlapMinutes", 30)
                .containsEntry("autoApprove", false);
    }

    @Test
    void aDurationThatIsNoneOrOutOfRangeIsRefusedNamingItsFieldAndChangesNothing() {
        change("{\"reminderAfter\":\"three days\",\"checkIns\":{\"firstAfter\":\"PT0S\",\"every\":\"P400D\"},"
                        + "\"autoApprove\":true}")
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'reminderAfter')].message")
                .isEqualTo("must be an ISO-8601 duration such as P3D or PT12H")
                .jsonPath("$.errors[?(@.field == 'checkIns.firstAfter')].message")
                .isEqualTo("must be between PT1S and P365D")
                .jsonPath("$.errors[?(@.field == 'checkIns.every')].message")
                .isEqualTo("must be between PT1S and P365D");

        assertThat(settings()).containsEntry("reminderAfter", "P3D").containsEntry("autoApprove", false);
    }

    private WebTestClient.ResponseSpec change(String json) {
        return changeSettings(cohort.programId, json);
    }

    private Map<String, Object> settings() {
        return read("/api/programs/{p}/settings", cohort.programId);
    }
}
