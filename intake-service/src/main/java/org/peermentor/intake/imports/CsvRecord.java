package org.peermentor.intake.imports;

import java.util.List;

/**
 * One record of a CSV file: its number (1 is the header; a record spanning lines in a quoted cell is still one
 * number, as a spreadsheet shows it) and its cells. {@code utf8} is false when some cell was not valid UTF-8; its
 * cells then hold replacement characters where the bad bytes were.
 */
record CsvRecord(int number, List<String> cells, boolean utf8) {

    CsvRecord {
        cells = List.copyOf(cells);
    }

    /** An empty line: skipped, though it keeps its number. */
    boolean blank() {
        return cells.size() == 1 && cells.get(0).isBlank();
    }
}
