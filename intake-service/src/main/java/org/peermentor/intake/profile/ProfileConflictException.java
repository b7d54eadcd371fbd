package org.peermentor.intake.profile;

import org.springframework.http.HttpStatus;

/** A request refused because of the stored state: 404, 409, 412 or 422, with a plain-words reason. */
public class ProfileConflictException extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    private ProfileConflictException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static ProfileConflictException notFound(String kind, String id) {
        return new ProfileConflictException(HttpStatus.NOT_FOUND, "Not found", "No " + kind + " with id " + id + ".");
    }

    public static ProfileConflictException duplicateEmail(String kind) {
        return new ProfileConflictException(HttpStatus.CONFLICT, "Already registered",
                "A " + kind + " with this email is already registered in this program.");
    }

    public static ProfileConflictException withdrawn(String kind, String id) {
        return new ProfileConflictException(HttpStatus.CONFLICT, "Withdrawn",
                "The " + kind + " " + id + " has withdrawn and can no longer be changed.");
    }

    public static ProfileConflictException staleVersion(long expected, long current) {
        return new ProfileConflictException(HttpStatus.PRECONDITION_FAILED, "Stale version",
                "If-Match names version " + expected + " but the profile is at version " + current
                        + "; read it again and reapply your change.");
    }

    public static ProfileConflictException idempotencyKeyReused() {
        return new ProfileConflictException(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
                "This Idempotency-Key was already used with a different request body.");
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
