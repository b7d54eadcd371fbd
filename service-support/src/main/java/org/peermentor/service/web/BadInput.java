package org.peermentor.service.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Explains a body or parameter the framework could not read: which field, and what it should have been. */
final class BadInput {

    private BadInput() {}

    static Problem describe(ServerWebInputException input) {
        Throwable cause = input;
        while (cause != null) {
            if (cause instanceof DataBufferLimitException) {
                return tooLarge();
            }
            if (cause instanceof JacksonException jackson
                    && !(cause instanceof StreamReadException && !(cause instanceof MismatchedInputException))) {
                return fieldProblem(jackson);
            }
            if (cause instanceof StreamReadException) {
                return problem("Malformed JSON", "The request body is not valid JSON.", null);
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        if (input instanceof MissingRequestValueException missing
                && !"request body".equalsIgnoreCase(missing.getName())) {
            return problem(
                    "Invalid request",
                    "A required parameter is missing.",
                    List.of(new FieldError(missing.getName(), "is required")));
        }
        if (input.getMethodParameter() != null
                && input.getMethodParameter().getParameterName() != null
                && !input.getReason().toLowerCase().contains("body")) {
            return problem(
                    "Invalid request",
                    "A parameter has the wrong type.",
                    List.of(new FieldError(input.getMethodParameter().getParameterName(), "has an invalid value")));
        }
        return problem("Invalid request", "The request body is missing or could not be read.", null);
    }

    static Problem tooLarge() {
        return problem("Request body too large", "The request body is larger than the 1 MiB limit.", null);
    }

    private static Problem fieldProblem(JacksonException failure) {
        String field = path(failure);
        if (field.isEmpty()) {
            return problem("Malformed JSON", "The request body must be a JSON object.", null);
        }
        return problem(
                "Invalid request",
                "1 field(s) are invalid; see errors.",
                List.of(new FieldError(field, expectation(failure))));
    }

    private static String expectation(JacksonException failure) {
        if (failure instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        }
        if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
                return "must be a number";
            }
            if (List.class.isAssignableFrom(target)) {
                return "must be a list";
            }
            if (target == String.class) {
                return "must be text";
            }
            if (target == Boolean.class) {
                return "must be true or false";
            }
            if (target.isEnum()) {
                return "must be one of " + Arrays.toString(target.getEnumConstants());
            }
            return "must be an object";
        }
        return "has an invalid value";
    }

    private static String path(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Problem problem(String title, String detail, List<FieldError> errors) {
        return new Problem(400, title, detail, errors);
    }
}
