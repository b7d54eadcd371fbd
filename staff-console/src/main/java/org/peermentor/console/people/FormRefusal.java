package org.peermentor.console.people;

import java.util.Optional;
import org.peermentor.console.services.ServiceFailure;
import org.peermentor.console.web.FormErrors;

/**
 * What intake's refusal of a registration or an edit means on the form: its problems at their fields (400, 422),
 * or an email already registered in the program (409). Any other failure is not about the form.
 */
final class FormRefusal {

    private FormRefusal() {}

    static Optional<FormErrors> errors(ServiceFailure failure, FormErrors none) {
        return switch (failure.status()) {
            case 400, 422 -> Optional.of(none.of(failure.problem(), "The form could not be saved."));
            case 409 ->
                Optional.of(
                        none.single("email", "Someone with this email is already " + "registered in this program."));
            default -> Optional.empty();
        };
    }
}
