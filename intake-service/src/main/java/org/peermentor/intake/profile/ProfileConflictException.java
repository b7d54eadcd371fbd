package org.peermentor.intake.profile;

import org.peermentor.service.web.ProblemException;

/** A request refused because of the stored profile: 404, 409, 412 or 422, with a plain-words reason. */
public class ProfileConflictException extends ProblemException {

    private ProfileConflictException(int status, String title, String detail) {
        super(status, title, detail);
    }

    public static ProfileConflictException notFound(String kind, String id) {
        return new ProfileConflictException(404, "Not found", "No " + kind + " with id " + id + ".");
    }

    public static ProfileConflictException duplicateEmail(String kind) {
        return new ProfileConflictException(
                409, "Already registered", "A " + kind + " with this email is already registered in this program.");
    }

    public static ProfileConflictException withdrawn(String kind, String id) {
        return new ProfileConflictException(
                409, "Withdrawn", "The " + kind + " " + id + " has withdrawn and can no longer be changed.");
    }

    public static ProfileConflictException staleVersion(long expected, long current) {
        return new ProfileConflictException(
                412,
                "Stale version",
                "If-Match names version " + expected + " but the profile is at version " + current
                        + "; read it again and reapply your change.");
    }

    public static ProfileConflictException idempotencyKeyReused() {
        return new ProfileConflictException(
                422, "Idempotency-Key reused", "This Idempotency-Key was already used with a different request body.");
    }
}
