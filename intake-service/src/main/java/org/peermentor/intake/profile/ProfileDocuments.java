package org.peermentor.intake.profile;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.Profile;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.service.outbox.OutboxEntry;
import org.springframework.data.mongodb.core.query.Update;

/**
 * How one kind's profiles are stored: a profile becomes a MongoDB document (the profile as its event JSON, the fields
 * queried by, the unique email key and the outbox entry announcing it) and a stored document becomes a profile again.
 */
final class ProfileDocuments<P extends Profile> {

    private final ProfileKind<P> kind;
    private final Clock clock;

    ProfileDocuments(ProfileKind<P> kind, Clock clock) {
        this.kind = kind;
        this.clock = clock;
    }

    /** The document of a new profile: its fields to query by, the profile, and the event announcing it. */
    Document newDocument(P profile) {
        Document document = new Document("_id", profile.id())
                .append("programId", profile.programId())
                .append("status", profile.status().name())
                .append("version", profile.version())
                .append("registeredAt", Date.from(profile.registeredAt()))
                .append("profile", toBson(profile))
                .append("outbox", List.of(outboxEntry(profile)));
        putIfPresent(document, ProfileStore.EMAIL_KEY, emailKey(profile));
        return document;
    }

    /** The update that makes a stored document hold this next version, with the event announcing it. */
    Update revision(P next) {
        Update update = new Update()
                .set("status", next.status().name())
                .set("version", next.version())
                .set("profile", toBson(next))
                .push("outbox", outboxEntry(next));
        String emailKey = emailKey(next);
        return emailKey == null ? update.unset("emailKey") : update.set("emailKey", emailKey);
    }

    private Document outboxEntry(P profile) {
        EventFactory<P> factory = profile.status() == ProfileStatus.WITHDRAWN ? kind.withdrawn() : kind.changed();
        ProfileEvent event =
                factory.create(ProfileStore.newId(), clock.instant(), profile.id(), profile.version(), profile);
        return OutboxEntry.of(event);
    }

    /** Email is unique per program among people who have not withdrawn; withdrawal frees it. */
    static String emailKey(Profile profile) {
        if (profile.email() == null || profile.status() == ProfileStatus.WITHDRAWN) {
            return null;
        }
        return profile.programId() + "|" + profile.email().toLowerCase(Locale.ROOT);
    }

    private static Document toBson(Object profile) {
        return Document.parse(new String(EventJson.write(profile), StandardCharsets.UTF_8));
    }

    P profileOf(Document stored) {
        return EventJson.mapper()
                .readValue(stored.get("profile", Document.class).toJson(), kind.type());
    }

    /** False for what an erasure left: the id, program and time of erasure, but no profile. */
    static boolean holdsProfile(Document stored) {
        return stored.get("profile") != null;
    }

    static void putIfPresent(Document document, String key, Object value) {
        if (value != null) {
            document.append(key, value);
        }
    }
}
