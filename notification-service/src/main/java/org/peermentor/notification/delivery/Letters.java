package org.peermentor.notification.delivery;

import org.peermentor.notification.contact.Contact;
import org.peermentor.notification.mail.Draft;
import org.peermentor.notification.mail.Email;
import org.peermentor.notification.mail.EmailComposer;
import org.peermentor.notification.mail.MailLanguage;
import org.springframework.stereotype.Component;

/**
 * Writes the email of a delivery: the event's content, the two first names, the recipient's time zone and language,
 * and the recipient's own link ({@link AnswerLinks}).
 */
@Component
record Letters(EmailComposer composer, AnswerLinks links) {

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
                        .withLink(links.of(delivery.pairingId(), content), content.responseExpiresAt()),
                MailLanguage.of(recipient.languages()));
    }
}
