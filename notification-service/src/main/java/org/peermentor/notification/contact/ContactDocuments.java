package org.peermentor.notification.contact;

import java.util.List;
import org.bson.Document;

/** A contact as the {@code contacts} collection stores it, and back; {@link ContactDirectory} writes and reads them. */
final class ContactDocuments {

    private ContactDocuments() {}

    /** Every stored field but the id, as a change sets them and an insert writes them with the id. */
    static Document fields(Contact contact) {
        return new Document("role", contact.role().name())
                .append("programId", contact.programId())
                .append("firstName", contact.firstName())
                .append("email", contact.email())
                .append("timezone", contact.timezone())
                .append("contactByEmail", contact.contactByEmail())
                .append("version", contact.version())
                .append("withdrawn", contact.withdrawn())
                .append("languages", contact.languages());
    }

    /** The contact a stored document holds. */
    static Contact contactOf(Document document) {
        return ContactBuilder.builder()
                .id(document.getString("_id"))
                .role(Role.valueOf(document.getString("role")))
                .programId(document.getString("programId"))
                .firstName(document.getString("firstName"))
                .email(document.getString("email"))
                .timezone(document.getString("timezone"))
                .contactByEmail(document.getBoolean("contactByEmail", false))
                .version(document.get("version", Number.class).longValue())
                .withdrawn(document.getBoolean("withdrawn", false))
                .languages(document.getList("languages", String.class, List.of()))
                .build();
    }
}
