package org.peermentor.intake.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.peermentor.service.web.FieldError;

/**
 * What became of one data row: {@code row} is its number in the file (the header is row 1), {@code id} the profile
 * it created or found, {@code errors} why it was rejected (empty otherwise).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RowResult(int row, RowStatus status, String id, List<FieldError> errors) {

    RowResult {
        errors = List.copyOf(errors);
    }

    static RowResult created(int row, String id) {
        return new RowResult(row, RowStatus.CREATED, id, List.of());
    }

    static RowResult unchanged(int row, String id) {
        return new RowResult(row, RowStatus.UNCHANGED, id, List.of());
    }

    static RowResult rejected(int row, List<FieldError> errors) {
        return new RowResult(row, RowStatus.REJECTED, null, errors);
    }

    static RowResult rejected(int row, String field, String message) {
        return rejected(row, List.of(new FieldError(field, message)));
    }
}
