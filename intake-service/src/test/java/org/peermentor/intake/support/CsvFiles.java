package org.peermentor.intake.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Import files as intake staff would export them from a spreadsheet: a header row, then one row per person. */
public final class CsvFiles {

    public static final List<String> PARTICIPANT_COLUMNS = List.of(
            "firstName",
            "lastName",
            "email",
            "birthYear",
            "gender",
            "languages",
            "timezone",
            "region",
            "primaryIssue",
            "issues",
            "formats",
            "availability",
            "consent.dataProcessing",
            "consent.contactByEmail");

    private final List<String> columns;
    private final List<Map<String, String>> rows = new ArrayList<>();

    private CsvFiles(List<String> columns) {
        this.columns = columns;
    }

    public static CsvFiles participants() {
        return new CsvFiles(PARTICIPANT_COLUMNS);
    }

    /** A valid participant row with an email nobody else has; {@code change} alters what the story is about. */
    public static Map<String, String> participantRow(Consumer<Map<String, String>> change) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("firstName", "Ana");
        row.put("lastName", "Silva");
        row.put("email", "ana+" + UUID.randomUUID() + "@example.org");
        row.put("birthYear", "1991");
        row.put("gender", "FEMALE");
        row.put("languages", "es;en");
        row.put("timezone", "America/Chicago");
        row.put("region", "chicago-north");
        row.put("primaryIssue", "ALCOHOL_USE");
        row.put("issues", "ALCOHOL_USE;ANXIETY");
        row.put("formats", "ONLINE;IN_PERSON");
        row.put("availability", "TUESDAY 18:00-20:00;THURSDAY 09:00-10:30");
        row.put("consent.dataProcessing", "true");
        row.put("consent.contactByEmail", "true");
        change.accept(row);
        return row;
    }

    public CsvFiles row(Consumer<Map<String, String>> change) {
        rows.add(participantRow(change));
        return this;
    }

    public CsvFiles rows(int count) {
        for (int i = 0; i < count; i++) {
            row(row -> {});
        }
        return this;
    }

    public String text() {
        StringBuilder text = new StringBuilder(line(columns));
        rows.forEach(row -> text.append(
                line(columns.stream().map(c -> row.getOrDefault(c, "")).toList())));
        return text.toString();
    }

    public static String line(Map<String, String> row) {
        return line(
                PARTICIPANT_COLUMNS.stream().map(c -> row.getOrDefault(c, "")).toList());
    }

    /** One CSV line: cells with a comma, quote or line end quoted, quotes doubled. */
    public static String line(List<String> cells) {
        return cells.stream()
                .map(cell -> cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                        ? "\"" + cell.replace("\"", "\"\"") + "\""
                        : cell)
                .collect(Collectors.joining(",", "", "\r\n"));
    }
}
