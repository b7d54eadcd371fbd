package org.peermentor.intake.web;

import java.net.URI;
import org.peermentor.contracts.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Profile versions on the wire: the {@code ETag} of every profile response (a change's {@code If-Match} is read by
 * {@link IfMatch}).
 */
public final class Versions {

    private Versions() {}

    public static <P extends Profile> ResponseEntity<P> ok(P profile) {
        return ResponseEntity.ok().eTag(etag(profile)).body(profile);
    }

    public static <P extends Profile> ResponseEntity<P> created(String path, P profile) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(path + "/" + profile.id()))
                .eTag(etag(profile))
                .body(profile);
    }

    private static String etag(Profile profile) {
        return "\"" + profile.version() + "\"";
    }
}
