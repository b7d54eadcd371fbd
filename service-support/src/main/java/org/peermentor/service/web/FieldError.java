package org.peermentor.service.web;

import jakarta.validation.ConstraintViolation;

/** One bad field of a request, as listed under {@code errors} in a 400 problem. */
public record FieldError(String field, String message) {

    /** A bean-validation violation, the field named by its property path (such as {@code consent.dataProcessing}). */
    public static FieldError of(ConstraintViolation<?> violation) {
        return new FieldError(violation.getPropertyPath().toString(), violation.getMessage());
    }
}
