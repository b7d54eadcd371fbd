package org.peermentor.notification.delivery;

import java.net.URI;
import org.peermentor.notification.NotificationProperties;
import org.peermentor.notification.contact.Contact;
import org.peermentor.notification.mail.Draft;
import org.peermentor.notification.mail.Email;
import org.peermentor.notification.mail.EmailComposer;
import org.peermentor.notification.mail.MailLanguage;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes the email of a delivery: the event's content, the two first names, the recipient's time zone and language,
 * and the recipient's own link (a mentor's answer to a request, or either person's answer to a check-in).
 */
@Component
class Letters {

    private final EmailComposer composer;
    /** The links with their two variables, parsed once; each expansion encodes them. */
    private final UriComponents responseLink;

    private final UriComponents checkInLink;

    Letters(EmailComposer composer, NotificationProperties properties) {
        this.composer = composer;
        this.responseLink = link(properties, "/api/pairings/{pairingId}/response");
        this.checkInLink = link(properties, "/api/checkins/{checkInId}");
    }

    /**
     * The email in the first of the recipient's languages emails are written in (English when none is); {@code
     * partner} is null when the email does not name them and they are not known.
     */
    Email write(Delivery delivery, Contact recipient, Contact partner) {
        Content content = delivery.content();
        return composer.write(
                Draft.of(content.kind(), content.sharedIssue(), content.formats(), content.times())
                        .to(recipient.firstName(), recipient.timezone())
                        .about(partner == null ? null : partner.firstName())
                        .withLink(linkOf(delivery.pairingId(), content), content.responseExpiresAt()),
                MailLanguage.of(recipient.languages()));
    }

    private URI linkOf(String pairingId, Content content) {
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
