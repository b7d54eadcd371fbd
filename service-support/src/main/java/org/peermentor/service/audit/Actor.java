package org.peermentor.service.audit;

import org.bson.Document;
import org.peermentor.service.security.Caller;

/**
 * Who did something, as every service's audit trail records it: {@code actor} (the token's subject — a person's
 * username, or the client itself for a machine client), {@code actorName} to show, and the {@code client} they
 * acted through. One shape, so a trail reads the same whichever service kept it.
 */
public record Actor(String actor, String actorName, String client) {

    public static Actor of(Caller caller) {
        return new Actor(caller.subject(), caller.displayName(), caller.clientId());
    }

    /** Adds the three fields to an entry about to be stored. */
    public Document addTo(Document entry) {
        return entry.append("actor", actor).append("actorName", actorName).append("client", client);
    }

    /** Reads them from a stored entry; one written before people signed in named the client alone, as both. */
    public static Actor from(Document entry) {
        String actor = entry.getString("actor");
        return new Actor(actor, entry.get("actorName", actor), entry.get("client", actor));
    }
}
