package org.peermentor.matching.openapi;

import org.peermentor.service.openapi.OpenOperations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The link endpoints (the mentor's request, the check-ins) are described as needing no bearer token, as
 * {@code MatchingSecurity} opens them.
 */
@Configuration(proxyBeanMethods = false)
class MentorLinkDocs {

    @Bean
    OpenOperations mentorLinks() {
        return OpenOperations.of(
                "GET /api/pairings/{id}/response",
                "POST /api/pairings/{id}/accept",
                "POST /api/pairings/{id}/decline",
                "GET /api/checkins/{checkInId}",
                "POST /api/checkins/{checkInId}/answer");
    }
}
