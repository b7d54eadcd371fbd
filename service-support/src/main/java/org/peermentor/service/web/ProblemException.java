package org.peermentor.service.web;

/** A request refused for a reason the caller can act on, answered as problem details with this status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;

    public ProblemException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
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
}
