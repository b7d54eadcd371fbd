package org.peermentor.intake.imports;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peermentor.intake.profile.Registrar;

/**
 * The file to start an import from: the header row of a kind's columns and one example row. The program is not a
 * column (the import names it). No example cell starts with {@code = + - @}, so no spreadsheet reads one as a formula.
 */
final class Template {

    private static final Map<String, String> EXAMPLE = Map.ofEntries(
            Map.entry("firstName", "Ana"),
            Map.entry("lastName", "Silva"),
            Map.entry("email", "ana@example.org"),
            Map.entry("phone", "(555) 010-0100"),
            Map.entry("birthYear", "1991"),
            Map.entry("gender", "FEMALE"),
            Map.entry("languages", "es;en"),
            Map.entry("timezone", "America/Chicago"),
            Map.entry("region", "chicago-north"),
            Map.entry("primaryIssue", "ALCOHOL_USE"),
            Map.entry("issues", "ALCOHOL_USE;ANXIETY"),
            Map.entry("formats", "ONLINE;IN_PERSON"),
            Map.entry("mentorGenderPreference", "SAME"),
            Map.entry("availability", "TUESDAY 18:00-20:00;THURSDAY 09:00-10:30"),
            Map.entry("urgency", "NORMAL"),
            Map.entry("livedExperience", "ALCOHOL_USE"),
            Map.entry("trainedFor", "ANXIETY"),
            Map.entry("capacity", "3"),
            Map.entry("active", "true"),
            Map.entry("consent.dataProcessing", "true"),
            Map.entry("consent.contactByEmail", "true"));

    private Template() {}

    static String of(Registrar<?> registrar) {
        List<String> columns = Column.of(registrar).stream()
                .map(Column::name)
                .filter(name -> !name.equals("programId"))
                .toList();
        return line(columns)
                + line(columns.stream()
                        .map(name -> EXAMPLE.getOrDefault(name, ""))
                        .toList());
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Template::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String cell(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}
