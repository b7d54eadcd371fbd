package org.peermentor.intake.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peermentor.intake.profile.Registrar;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.ProblemException;

/**
 * Reads a file's header row: the columns it names, in any order and any case, must be the kind's own, each named
 * once; what it cannot use is refused before any data row is read.
 */
final class HeaderRow {

    private HeaderRow() {}

    /**
     * The kind's column of each cell of the header ({@code null} for an unnamed one); 400 when it is not a header of
     * this kind's columns.
     */
    static List<Column> columns(CsvRecord header, Registrar<?> registrar, String kindName) {
        if (!header.utf8()) {
            throw new ProblemException(400, "Not UTF-8", "The header row " + RowReader.NOT_UTF8 + ".");
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
        return columns;
    }
}
