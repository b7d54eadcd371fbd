package org.peermentor.intake.imports;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.peermentor.intake.profile.ProfileRequest;
import org.peermentor.intake.profile.Registrar;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.ProblemException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the data rows of one file: each cell becomes the JSON value of its column's field, and the row the request
 * record a form would send, checked by the kind's own rules. A cell is only ever text to be parsed into its field:
 * nothing in it is evaluated, so {@code =SUM(A1)} is stored as those characters.
 */
final class RowReader {

    static final String NOT_UTF8 =
            "is not valid UTF-8: the file must be saved as UTF-8 (in a spreadsheet: " + "\"CSV UTF-8\")";
    private static final Pattern SLOT = Pattern.compile("([A-Za-z]+)\\s+(\\S+?)\\s*-\\s*(\\S+)");
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
        if (!header.utf8()) {
            throw new ProblemException(400, "Not UTF-8", "The header row " + NOT_UTF8 + ".");
        }
        Map<String, Column> known = new LinkedHashMap<>();
        Column.of(registrar).forEach(column -> known.put(column.name().toLowerCase(Locale.ROOT), column));
        List<Column> columns = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String cell : header.cells()) {
            String name = cell.strip();
            Column column = known.get(name.toLowerCase(Locale.ROOT));
            if (name.isEmpty()) {
                columns.add(null); // an unnamed column (a trailing comma) is left out
            } else if (column == null) {
                unknown.add(new FieldError(name, "is not a column of a " + kindName + " file"));
            } else if (!seen.add(column.name())) {
                unknown.add(new FieldError(name, "is named twice"));
            } else {
                columns.add(column);
            }
        }
        String expected = known.values().stream().map(Column::name).collect(Collectors.joining(","));
        if (seen.isEmpty()) {
            throw new ProblemException(
                    400,
                    "No header row",
                    "The first row must name the columns: " + expected
                            + " (any order; only firstName and the required fields are needed).");
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(
                    400,
                    "Unknown columns",
                    "The header names columns a " + kindName + " file does not have; see errors. The columns are: "
                            + expected + ".",
                    unknown);
        }
        return new RowReader(columns, registrar, json, programId);
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
        if (column.name().equals(PROGRAM)) {
            if (!cell.equals(programId)) {
                errors.add(
                        new FieldError(PROGRAM, "must be the program imported into (" + programId + ") or left empty"));
            }
            return;
        }
        String[] path = column.name().split("\\.");
        ObjectNode parent = body;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
        }
        String field = path[path.length - 1];
        switch (column.cell()) {
            case TEXT -> parent.put(field, cell);
            case NUMBER -> {
                try {
                    parent.put(field, Integer.parseInt(cell));
                } catch (NumberFormatException notANumber) {
                    errors.add(new FieldError(column.name(), "must be a whole number"));
                }
            }
            case BOOLEAN -> {
                Boolean value = bool(cell);
                if (value == null) {
                    errors.add(new FieldError(column.name(), "must be true or false"));
                } else {
                    parent.put(field, value);
                }
            }
            case ENUM -> {
                String value = enumValue(column, cell);
                if (value == null) {
                    errors.add(new FieldError(column.name(), oneOf(column.enumType())));
                } else {
                    parent.put(field, value);
                }
            }
            case LIST, ENUM_LIST -> {
                ArrayNode list = parent.putArray(field);
                List<String> items = items(cell);
                for (int i = 0; i < items.size(); i++) {
                    String value = column.cell() == Column.Cell.LIST ? items.get(i) : enumValue(column, items.get(i));
                    if (value == null) {
                        errors.add(new FieldError(column.name() + "[" + i + "]", oneOf(column.enumType())));
                    } else {
                        list.add(value);
                    }
                }
            }
            case SLOTS -> {
                ArrayNode slots = parent.putArray(field);
                List<String> items = items(cell);
                for (int i = 0; i < items.size(); i++) {
                    Matcher slot = SLOT.matcher(items.get(i));
                    DayOfWeek day = slot.matches() ? day(slot.group(1)) : null;
                    if (day == null) {
                        errors.add(new FieldError(
                                column.name() + "[" + i + "]", "must be a day and times such as TUESDAY 18:00-20:00"));
                    } else {
                        slots.addObject()
                                .put("day", day.name())
                                .put("start", slot.group(2))
                                .put("end", slot.group(3));
                    }
                }
            }
            default -> throw new IllegalStateException("A column of no known kind: " + column);
        }
    }

    private static List<String> items(String cell) {
        return Arrays.stream(cell.split(";"))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    private static Boolean bool(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String enumValue(Column column, String cell) {
        String upper = cell.toUpperCase(Locale.ROOT);
        return Arrays.stream(column.enumType().getEnumConstants())
                .map(value -> ((Enum<?>) value).name())
                .filter(upper::equals)
                .findFirst()
                .orElse(null);
    }

    private static DayOfWeek day(String name) {
        try {
            return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notADay) {
            return null;
        }
    }

    private static String oneOf(Class<?> enumType) {
        return "must be one of " + Arrays.toString(enumType.getEnumConstants());
    }
}
