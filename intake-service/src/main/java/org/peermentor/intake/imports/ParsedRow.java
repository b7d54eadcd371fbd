package org.peermentor.intake.imports;

import java.util.List;
import org.peermentor.intake.profile.ProfileRequest;
import org.peermentor.service.web.FieldError;

/** A data row read into the request it stands for, or the reasons it cannot be one. */
record ParsedRow(int number, ProfileRequest request, List<FieldError> errors) {

    ParsedRow {
        errors = List.copyOf(errors);
    }

    boolean valid() {
        return errors.isEmpty();
    }
}
