package org.peermentor.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.IntFunction;
import org.peermentor.localstack.auth.TokenClient;

/**
 * The CSV files the benchmarks import: a header and one invented person a row, each named and emailed after their
 * row number ({@code Person7,Bench,p7@bench-import-x.example.org}) so no two rows are the same person; and the
 * request that uploads one.
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

    /** The intake desk's upload of {@code file} as people of {@code kind} (participants, mentors) into a program. */
    static HttpRequest upload(String intake, TokenClient desk, String kind, String program, byte[] file) {
        return HttpRequest.newBuilder(URI.create(intake + "/api/imports?kind=" + kind + "&programId=" + program))
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Authorization", desk.authorization())
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build();
    }
}
