package org.peermentor.service.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * The {@code page} and {@code size} query parameters of list endpoints. A handler takes one as an argument, marked
 * {@code @ParameterObject} so the API document lists the two parameters; {@link PagingParameters} reads it.
 */
public record Paging(
        @Parameter(
                description = "Which page, counted from 0",
                schema = @Schema(type = "integer", format = "int32", defaultValue = "0", minimum = "0"))
        int page,

        @Parameter(
                description = "How many items a page holds",
                schema =
                        @Schema(
                                type = "integer",
                                defaultValue = "" + DEFAULT_SIZE,
                                minimum = "1",
                                maximum = "" + MAX_SIZE))
        int size) {

    public static final int MAX_SIZE = 1000;
    /** The page size when a request names none. */
    public static final int DEFAULT_SIZE = 500;

    private static Paging of(int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        refuseAny(errors);
        return new Paging(page, size);
    }

    /**
     * The paging a request's query asks for: page 0 and {@value #DEFAULT_SIZE} items where it names none (or leaves
     * one empty), a 400 naming each parameter that is not a whole number or out of range.
     */
    static Paging of(MultiValueMap<String, String> query) {
        List<FieldError> errors = new ArrayList<>();
        Integer page = number(query, "page", 0, errors);
        Integer size = number(query, "size", DEFAULT_SIZE, errors);
        refuseAny(errors);
        return of(page, size);
    }

    /** How many items come before this page; a long, as a far page of a large size passes an int. */
    public long offset() {
        return (long) page * size;
    }

    private static Integer number(
            MultiValueMap<String, String> query, String name, int absent, List<FieldError> errors) {
        String value = query.getFirst(name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            errors.add(new FieldError(name, "must be a whole number"));
            return null;
        }
    }

    private static void refuseAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
