package org.peermentor.service.web;

import java.util.List;

/** A request refused for a reason the caller can act on, answered as problem details with this status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final transient List<FieldError> errors;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    /** With {@code errors}: what exactly is wrong, one entry per field or rule. */
    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "Not found", "No " + what + " with id " + id + ".");
    }

    public static ProblemException conflict(String title, String detail) {
        return new ProblemException(409, title, detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
