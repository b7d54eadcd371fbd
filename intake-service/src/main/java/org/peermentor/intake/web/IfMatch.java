package org.peermentor.intake.web;

import java.util.List;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;

/** The {@code If-Match} of a profile change: the version the caller last saw (see {@link Versions} for the ETag). */
public final class IfMatch {

    private IfMatch() {}

    /** Reads {@code If-Match: "3"} (also {@code 3} or {@code W/"3"}); absent means "whatever the current version is". */
    public static Long version(String header) {
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
}
