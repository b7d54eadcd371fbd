package org.peermentor.service.web;

import java.util.ArrayList;
import java.util.List;

/** The {@code page} and {@code size} query parameters of list endpoints. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 1000;
    /** The page size when a request names none, as a request parameter's default. */
    public static final String DEFAULT_SIZE = "500";

    public static Paging of(int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Paging(page, size);
    }

    /** How many items come before this page; a long, as a far page of a large size passes an int. */
    public long offset() {
        return (long) page * size;
    }
}
