package org.peermentor.notification.delivery;

import java.util.Optional;
import org.peermentor.notification.contact.Contact;
import org.peermentor.notification.contact.Role;

/**
 * What to do with a due delivery, given what the contact directory knows now. Consent and withdrawal are checked
 * at sending time, so a change made after the event still counts.
 */
sealed interface Decision {

    /** {@code partner} is null when the email does not name them and their contact is not known. */
    record Send(Contact recipient, Contact partner) implements Decision {}

    /** Final without sending; {@code address} is shown in the log when the person has one. */
    record Skip(String reason, String address) implements Decision {}

    /** Not possible yet (a profile has not arrived); try again later. */
    record Wait(String reason) implements Decision {}

    record Fail(String reason) implements Decision {}

    static Decision about(Delivery delivery, Optional<Contact> recipient, Optional<Contact> partner) {
        if (recipient.isEmpty()) {
            return new Wait("CONTACT_UNKNOWN");
        }
        Contact person = recipient.get();
        if (person.withdrawn()) {
            return new Skip("WITHDRAWN", person.email());
        }
        // The contract asks consent of participants; a mentor's email is how they answer a request at all.
        if (delivery.recipientRole() == Role.PARTICIPANT && !person.contactByEmail()) {
            return new Skip("NO_EMAIL_CONSENT", person.email());
        }
        if (person.email() == null || person.email().isBlank()) {
            return new Fail("NO_EMAIL_ADDRESS");
        }
        if (partner.isEmpty() && namesPartner(delivery)) {
            return new Wait("PARTNER_UNKNOWN");
        }
        return new Send(person, partner.orElse(null));
    }

    // only a final delivery has no content left; it keeps the rule every delivery had
    private static boolean namesPartner(Delivery delivery) {
        return delivery.content() == null || delivery.content().kind().namesPartner();
    }
}
