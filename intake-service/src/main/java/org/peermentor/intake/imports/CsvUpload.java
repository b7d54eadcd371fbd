package org.peermentor.intake.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.peermentor.service.web.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * What an import's request must say about its body before any of it is read: a CSV file in UTF-8 (a missing charset
 * is taken as UTF-8), no larger than the limit when it says its size.
 */
final class CsvUpload {

    private static final Set<String> CSV_TYPES =
            Set.of("text/csv", "application/csv", "text/plain", "application/vnd.ms-excel");

    private CsvUpload() {}

    /** Refuses a body that is not a CSV file in UTF-8 (400), or says it is larger than {@code maxBytes} (413). */
    static void check(HttpHeaders headers, long maxBytes) {
        MediaType type = headers.getContentType();
        if (type == null || !CSV_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
            throw new ProblemException(
                    400,
                    "Not a CSV file",
                    "The body must be a CSV file sent as text/csv; it was "
                            + (type == null ? "sent without a type" : type.getType() + "/" + type.getSubtype()) + ".");
        }
        Charset charset = type.getCharset();
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            throw new ProblemException(
                    400,
                    "Not UTF-8",
                    "The file must be UTF-8; it was sent as " + charset.name() + ". Save it as \"CSV UTF-8\".");
        }
        long length = headers.getContentLength();
        if (length > maxBytes) {
            throw new ProblemException(
                    413,
                    "File too large",
                    "The file is " + length + " bytes, larger than the limit of " + maxBytes
                            + " bytes; split it into smaller files.");
        }
    }
}
