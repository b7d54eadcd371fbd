package org.peermentor.console.report;

/**
 * One cell of a CSV file (RFC 4180): quoted where it holds a comma, a quote or a line break. A cell that starts
 * with {@code = + - @} (or a tab or carriage return) gets a leading {@code '}: a spreadsheet then shows it as text
 * instead of evaluating it, whatever an issue or language code holds.
 */
final class CsvCell {

    private CsvCell() {}

    static String of(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
