package org.peermentor.notification.delivery;

import java.net.URI;
import org.peermentor.notification.NotificationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The recipient's own link in matching, where they answer: a mentor's answer to a request, or either person's answer
 * to a check-in. The links with their two variables are parsed once; each expansion encodes them.
 */
@Component
final class AnswerLinks {

    private final UriComponents responseLink;
    private final UriComponents checkInLink;

    AnswerLinks(NotificationProperties properties) {
        this.responseLink = link(properties, "/api/pairings/{pairingId}/response");
        this.checkInLink = link(properties, "/api/checkins/{checkInId}");
    }

    /** The link of this content, or null when it carries no token. */
    URI of(String pairingId, Content content) {
        if (content.responseToken() == null) {
            return null;
        }
        return content.checkInId() == null
                ? responseUrl(pairingId, content.responseToken())
                : checkInUrl(content.checkInId(), content.responseToken());
    }

    /** {@code {matching}/api/pairings/{pairingId}/response?token={token}}, both values encoded. */
    URI responseUrl(String pairingId, String token) {
        return responseLink.expand(pairingId, token).toUri();
    }

    /** {@code {matching}/api/checkins/{checkInId}?token={token}}, both values encoded. */
    URI checkInUrl(String checkInId, String token) {
        return checkInLink.expand(checkInId, token).toUri();
    }

    private static UriComponents link(NotificationProperties properties, String path) {
        String base = properties.matchingBaseUrl().toString().replaceAll("/+$", "");
        return UriComponentsBuilder.fromUriString(base)
                .path(path)
                .queryParam("token", "{token}")
                .encode()
                .build();
    }
}
