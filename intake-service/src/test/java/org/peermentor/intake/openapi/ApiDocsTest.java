package org.peermentor.intake.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.ApiDocument;

/** Intake's API is described from its code: anyone reads the description and Swagger UI, nobody the API itself. */
class ApiDocsTest extends RunningIntake {

    @Test
    void theDescriptionListsEveryEndpointOfTheContractWithItsMethod() {
        ApiDocument api = ApiDocument.read(port());

        assertThat(api.info().title()).isEqualTo("Intake service");
        assertThat(api.operations())
                .contains(
                        "POST /api/participants",
                        "GET /api/participants",
                        "GET /api/participants/{id}",
                        "PUT /api/participants/{id}",
                        "DELETE /api/participants/{id}",
                        "POST /api/mentors",
                        "GET /api/mentors",
                        "GET /api/mentors/{id}",
                        "PUT /api/mentors/{id}",
                        "POST /api/imports");
    }

    @Test
    void eachKindOfProfileIsDescribedWithTheFieldsItReadsAndRequires() {
        var schemas = ApiDocument.read(port()).components().schemas();

        assertThat(schemas.get("ParticipantRequest").properties())
                .containsKeys("primaryIssue", "urgency")
                .doesNotContainKeys("capacity", "livedExperience", "id", "status");
        assertThat(schemas.get("ParticipantRequest").required())
                .contains("primaryIssue", "availability")
                .doesNotContain("email", "capacity");
        assertThat(schemas.get("MentorRequest").required())
                .contains("email", "capacity", "livedExperience")
                .doesNotContain("primaryIssue");
        assertThat(schemas.get("MentorProfile").properties()).containsKeys("id", "status", "version", "capacity");
    }

    @Test
    void everyOperationTakesABearerTokenOfTheIssuer() {
        ApiDocument api = ApiDocument.read(port());

        assertThat(api.requiredSchemes()).containsExactly("bearer", "client-credentials");
        assertThat(api.components().securitySchemes().get("bearer").bearerFormat())
                .isEqualTo("JWT");
        assertThat(api.components().securitySchemes().get("client-credentials").tokenUrl())
                .isEqualTo("http://localhost:9000/oauth2/token");
        assertThat(api.openOperations()).isEmpty();
    }

    @Test
    void aListSaysItsFiltersAndItsPagingWithTheDefaults() {
        var query = ApiDocument.read(port()).queryParameters("GET /api/participants");

        assertThat(query).containsKeys("programId", "status", "q", "page", "size");
        assertThat(query.values()).noneMatch(ApiDocument.Parameter::required);
        assertThat(query.get("page").schema()).containsEntry("default", 0).containsEntry("minimum", 0);
        assertThat(query.get("size").schema())
                .containsEntry("default", 500)
                .containsEntry("minimum", 1)
                .containsEntry("maximum", 1000);
    }

    @Test
    void aRegistrationSaysHowItIsRefused() {
        assertThat(ApiDocument.read(port()).answers("POST /api/participants")).contains("400", "401", "403", "default");
    }

    @Test
    void aRegistrationSaysItCreatesTheProfile() {
        assertThat(ApiDocument.read(port()).answers("POST /api/participants"))
                .contains("201")
                .doesNotContain("200");
        assertThat(ApiDocument.read(port()).answers("POST /api/mentors"))
                .contains("201")
                .doesNotContain("200");
    }

    @Test
    void swaggerUiOpensWithoutATokenWhileTheApiStillNeedsOne() {
        assertThat(ApiDocument.swaggerUi(port())).contains("swagger-initializer.js");
        assertThat(ApiDocument.get(port(), "/api/participants").statusCode()).isEqualTo(401);
    }
}
