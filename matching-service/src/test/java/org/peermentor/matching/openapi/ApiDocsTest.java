package org.peermentor.matching.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.testkit.ApiDocument;

/**
 * Matching's API is described from its code: anyone reads the description and Swagger UI; the API itself takes a
 * program manager's token, except the mentor's link endpoints, and the description says which are which.
 */
class ApiDocsTest extends RunningMatching {

    private static final String[] MENTOR_LINKS = {
        "GET /api/pairings/{id}/response", "POST /api/pairings/{id}/accept", "POST /api/pairings/{id}/decline"
    };
    private static final String[] CHECK_IN_LINKS = {
        "GET /api/checkins/{checkInId}", "POST /api/checkins/{checkInId}/answer"
    };

    @Test
    void theDescriptionListsEveryEndpointOfTheContractWithItsMethod() {
        ApiDocument api = ApiDocument.read(port());

        assertThat(api.operations())
                .contains(
                        "POST /api/programs/{programId}/rounds",
                        "GET /api/programs/{programId}/rounds",
                        "GET /api/rounds/{id}",
                        "GET /api/pairings",
                        "POST /api/pairings",
                        "POST /api/pairings/{id}/approve",
                        "POST /api/pairings/{id}/resend-link",
                        "POST /api/pairings/{id}/reject",
                        "POST /api/pairings/{id}/end",
                        "GET /api/programs/{programId}/settings",
                        "PUT /api/programs/{programId}/settings",
                        "GET /api/programs/{programId}/report",
                        "GET /api/pairings/{id}/check-ins",
                        "GET /api/pairings/{id}/check-ins/{number}/notes");
        assertThat(api.operations()).contains(MENTOR_LINKS);
        assertThat(api.info().title()).isEqualTo("Matching service");
    }

    @Test
    void onlyTheEmailedLinksGoWithoutTheIssuersToken() {
        ApiDocument api = ApiDocument.read(port());

        assertThat(api.requiredSchemes()).containsExactly("bearer", "client-credentials");
        assertThat(api.openOperations()).containsExactlyInAnyOrder(concat(MENTOR_LINKS, CHECK_IN_LINKS));
        assertThat(api.answers("POST /api/pairings/{id}/accept"))
                .doesNotContain("401")
                .contains("default");
        assertThat(api.answers("POST /api/pairings/{id}/reject")).contains("400", "401", "403", "default");
    }

    private static String[] concat(String[] first, String[] second) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(second)).toArray(String[]::new);
    }

    @Test
    void swaggerUiOpensWithoutATokenWhileTheApiStillNeedsOne() {
        assertThat(ApiDocument.swaggerUi(port())).contains("swagger-initializer.js");
        assertThat(ApiDocument.get(port(), "/api/pairings?programId=any").statusCode())
                .isEqualTo(401);
    }
}
