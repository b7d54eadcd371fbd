package org.peermentor.intake.profile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.peermentor.contracts.EventJson;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;

/** A digest of a request body, so a reused Idempotency-Key with a different body is told apart. */
public final class RequestFingerprint {

    private RequestFingerprint() {}

    public static String of(Object request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(EventJson.write(request)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }

    public static void checkKey(String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new InvalidRequestException(List.of(new FieldError("Idempotency-Key", "must be 1-200 characters")));
        }
    }
}
