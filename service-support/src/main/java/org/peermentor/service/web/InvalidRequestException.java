package org.peermentor.service.web;

import java.util.List;

/** A request that breaks one or more rules; nothing was stored. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
