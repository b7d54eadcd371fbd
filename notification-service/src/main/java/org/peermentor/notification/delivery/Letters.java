package org.peermentor.notification.delivery;

import java.net.URI;
import org.peermentor.notification.NotificationProperties;
import org.peermentor.notification.contact.Contact;
import org.peermentor.notification.contact.Role;
import org.peermentor.notification.mail.Email;
import org.peermentor.notification.mail.EmailComposer;
import org.peermentor.notification.mail.MailLanguage;
import org.peermentor.notification.mail.MentorIntroduction;
import org.peermentor.notification.mail.MentorRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/** Writes the email of a delivery: the event's content, the two first names, the recipient's time zone. */
@Component
class Letters {

    private final EmailComposer composer;
    /** The link with its two variables, parsed once; each expansion encodes them. */
    private final UriComponents responseLink;

    Letters(EmailComposer composer, NotificationProperties properties) {
        this.composer = composer;
        String base = properties.matchingBaseUrl().toString().replaceAll("/+$", "");
        this.responseLink = UriComponentsBuilder.fromUriString(base)
                .path("/api/pairings/{pairingId}/response")
                .queryParam("token", "{token}")
                .encode()
                .build();
    }

    /** The email in the first of the recipient's languages emails are written in (English when none is). */
    Email write(Delivery delivery, Contact recipient, Contact partner) {
        Content content = delivery.content();
        MailLanguage language = MailLanguage.of(recipient.languages());
        if (delivery.recipientRole() == Role.MENTOR) {
            return composer.mentorRequest(
                    new MentorRequest(
                            recipient.firstName(),
                            partner.firstName(),
                            content.sharedIssue(),
                            content.formats(),
                            content.times(),
                            recipient.timezone(),
                            responseUrl(delivery.pairingId(), content.responseToken()),
                            content.responseExpiresAt()),
                    language);
        }
        return composer.mentorIntroduction(
                new MentorIntroduction(
                        recipient.firstName(),
                        partner.firstName(),
                        content.formats(),
                        content.times(),
                        recipient.timezone()),
                language);
    }

    /** {@code {matching}/api/pairings/{pairingId}/response?token={token}}, both values encoded. */
    URI responseUrl(String pairingId, String token) {
        return responseLink.expand(pairingId, token).toUri();
    }
}
