package org.peermentor.intake.profile;

import java.util.List;

/** A request that breaks one or more rules; nothing was stored. */
public class InvalidProfileException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidProfileException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
