package org.peermentor.notification.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peermentor.notification.support.RunningNotification;
import org.peermentor.testkit.ApiDocument;

/** The delivery log's API is described from its code: anyone reads the description and Swagger UI, not the log. */
class ApiDocsTest extends RunningNotification {

    @Test
    void theDeliveryLogIsDescribedAsNeedingTheIssuersToken() {
        ApiDocument api = ApiDocument.read(port());

        assertThat(api.info().title()).isEqualTo("Notification service");
        assertThat(api.answers("GET /api/notifications")).contains("200", "401", "403", "default");
        assertThat(api.requiredSchemes()).containsExactly("bearer", "client-credentials");
    }

    @Test
    void swaggerUiOpensWithoutATokenWhileTheLogStillNeedsOne() {
        assertThat(ApiDocument.swaggerUi(port())).contains("swagger-initializer.js");
        assertThat(ApiDocument.get(port(), "/api/notifications").statusCode()).isEqualTo(401);
    }
}
