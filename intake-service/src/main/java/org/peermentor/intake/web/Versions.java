package org.peermentor.intake.web;

import java.net.URI;
import java.util.List;
import org.peermentor.contracts.Profile;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Profile versions on the wire: the {@code ETag} of every profile response and the {@code If-Match} of a change. */
public final class Versions {

    private Versions() {}

    /** Reads {@code If-Match: "3"} (also {@code 3} or {@code W/"3"}); absent means "whatever the current version is". */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notAVersion) {
            throw new InvalidRequestException(
                    List.of(new FieldError("If-Match", "must be a profile version such as \"3\"")));
        }
    }

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
