package org.peermentor.benchmarks;

import java.util.function.IntFunction;

/**
 * The CSV files the benchmarks import: a header and one invented person a row, each named and emailed after their
 * row number ({@code Person7,Bench,p7@bench-import-x.example.org}) so no two rows are the same person.
 */
final class BenchCsv {

    private BenchCsv() {}

    /** The header, then {@code rows} rows from {@code row} (given the row number), each line ended by CRLF. */
    static String of(String header, int rows, IntFunction<String> row) {
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        for (int i = 0; i < rows; i++) {
            csv.append(row.apply(i)).append("\r\n");
        }
        return csv.toString();
    }

    /** A row's first three columns: {@code Person7,Bench,p7@program.example.org} for {@code ("Person", "p", 7)}. */
    static String person(String firstName, String emailPrefix, int i, String program) {
        return firstName + i + ",Bench," + emailPrefix + i + "@" + program + ".example.org";
    }
}
