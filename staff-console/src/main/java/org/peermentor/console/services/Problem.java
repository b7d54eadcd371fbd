package org.peermentor.console.services;

import java.util.List;

/** RFC 9457 problem details as the services send them; {@code errors} lists the bad fields of a 400. */
public record Problem(Integer status, String title, String detail, List<FieldProblem> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static Problem of(int status, String detail) {
        return new Problem(status, null, detail, List.of());
    }
}
