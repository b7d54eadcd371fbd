package org.peermentor.console.imports;

import java.util.List;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;

/** What the import form asked for: the kind of people and the program they join. */
record ImportRequest(String kind, String programId) {

    static final List<String> KINDS = List.of("participants", "mentors");

    /** What the form lacks before the file can go to intake, in words; null when nothing. */
    String problem(Part file) {
        if (!KINDS.contains(kind)) {
            return "Choose whether the file holds participants or mentors.";
        }
        if (programId == null || programId.isBlank()) {
            return "Choose the program the people in the file join.";
        }
        if (!(file instanceof FilePart upload) || upload.filename().isBlank()) {
            return "Choose a CSV file to import.";
        }
        return null;
    }
}
