package org.peermentor.console.services;

import java.util.List;

/** The result of one data row of an import: CREATED, UNCHANGED or REJECTED with the row's field errors. */
public record ImportRow(int row, String status, String id, List<FieldProblem> errors) {

    public ImportRow {
        errors = errors == null ? List.of() : errors;
    }
}
