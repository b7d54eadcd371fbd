package org.peermentor.console.imports;

import java.util.Optional;
import org.peermentor.console.services.ServiceFailure;

/**
 * What intake's refusal of an import file means on the import page, in words: a file too large (413) or not a CSV
 * file with a header row (400). Any other failure is not about the file.
 */
final class FileRefusal {

    private FileRefusal() {}

    static Optional<String> message(ServiceFailure refused) {
        return switch (refused.status()) {
            case 413 ->
                Optional.of("The file is larger than an import may be. Split it into smaller files and import each.");
            case 400 ->
                Optional.of("The file could not be read as a CSV file with a header row"
                        + (refused.problem().detail() == null
                                ? "."
                                : ": " + refused.problem().detail()));
            default -> Optional.empty();
        };
    }
}
