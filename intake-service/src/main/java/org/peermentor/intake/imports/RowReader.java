package org.peermentor.intake.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.peermentor.intake.profile.ProfileRequest;
import org.peermentor.intake.profile.Registrar;
import org.peermentor.service.web.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the data rows of one file: each cell becomes the JSON value of its column's field, and the row the request
 * record a form would send, checked by the kind's own rules. A cell is only ever text to be parsed into its field:
 * nothing in it is evaluated, so {@code =SUM(A1)} is stored as those characters.
 */
final class RowReader {

    static final String NOT_UTF8 =
            "is not valid UTF-8: the file must be saved as UTF-8 (in a spreadsheet: " + "\"CSV UTF-8\")";
    private static final String PROGRAM = "programId";

    private final List<Column> columns;
    private final Registrar<?> registrar;
    private final JsonMapper json;
    private final String programId;

    private RowReader(List<Column> columns, Registrar<?> registrar, JsonMapper json, String programId) {
        this.columns = columns;
        this.registrar = registrar;
        this.json = json;
        this.programId = programId;
    }

    /** A reader for the file whose header row this is; 400 when it is not a header of this kind's columns. */
    static RowReader forHeader(
            CsvRecord header, Registrar<?> registrar, JsonMapper json, String programId, String kindName) {
        return new RowReader(HeaderRow.columns(header, registrar, kindName), registrar, json, programId);
    }

    ParsedRow read(CsvRecord record) {
        if (!record.utf8()) {
            return new ParsedRow(record.number(), null, List.of(new FieldError("row", NOT_UTF8)));
        }
        List<String> cells = record.cells();
        if (cells.size() > columns.size()
                && cells.subList(columns.size(), cells.size()).stream().anyMatch(cell -> !cell.isBlank())) {
            return new ParsedRow(
                    record.number(),
                    null,
                    List.of(new FieldError(
                            "row",
                            "has " + cells.size() + " cells but the header names " + columns.size() + " columns")));
        }
        ObjectNode body = json.createObjectNode();
        body.put(PROGRAM, programId);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < Math.min(cells.size(), columns.size()); i++) {
            Column column = columns.get(i);
            String cell = cells.get(i).strip();
            if (column != null && !cell.isEmpty()) {
                fill(body, column, cell, errors);
            }
        }
        ProfileRequest request;
        try {
            request = json.treeToValue(body, ProfileRequest.class);
        } catch (JacksonException unreadable) {
            return new ParsedRow(record.number(), null, List.of(new FieldError("row", "could not be read")));
        }
        Set<String> alreadyWrong = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        for (FieldError rule : registrar.problems(request)) {
            if (!alreadyWrong.contains(rule.field().replaceFirst("\\[.*", ""))
                    && !alreadyWrong.contains(rule.field())) {
                errors.add(rule);
            }
        }
        return new ParsedRow(record.number(), errors.isEmpty() ? request : null, errors);
    }

    private void fill(ObjectNode body, Column column, String cell, List<FieldError> errors) {
        if (!column.name().equals(PROGRAM)) {
            CellValues.fill(body, column, cell, errors);
        } else if (!cell.equals(programId)) {
            errors.add(new FieldError(PROGRAM, "must be the program imported into (" + programId + ") or left empty"));
        }
    }
}
