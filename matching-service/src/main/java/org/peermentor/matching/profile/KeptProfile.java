package org.peermentor.matching.profile;

import java.util.List;
import org.bson.Document;
import org.peermentor.contracts.Profile;
import org.peermentor.service.store.BsonRecords;

/** What the replica keeps of a profile event, and whether a newer version is a change a round would notice. */
final class KeptProfile {

    /** Contact fields a profile event carries and the replica leaves out. */
    static final List<String> NOT_KEPT = List.of("lastName", "email", "phone");

    private KeptProfile() {}

    /**
     * What matching keeps of a profile: what the rules, the explanations and the mentor's page use (the first name
     * among them), never the last name, email or phone, which no part of matching needs.
     */
    static Document of(Profile profile) {
        Document kept = BsonRecords.toBson(profile);
        NOT_KEPT.forEach(kept::remove);
        return kept;
    }

    /**
     * A change of only the status intake mirrors from our own pairing events (or of bookkeeping fields) cannot
     * change a round's result, so it does not start one; a withdrawal does.
     */
    static boolean mattersForMatching(Document before, Document after) {
        Document a = new Document(before);
        Document b = new Document(after);
        for (String field : new String[] {"version", "updatedAt", "status"}) {
            a.remove(field);
            b.remove(field);
        }
        boolean withdrawal =
                "WITHDRAWN".equals(after.getString("status")) != "WITHDRAWN".equals(before.getString("status"));
        return withdrawal || !a.equals(b);
    }
}
