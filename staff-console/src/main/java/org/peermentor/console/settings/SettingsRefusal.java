package org.peermentor.console.settings;

import java.util.Optional;
import org.peermentor.console.services.ServiceFailure;
import org.peermentor.console.web.FormErrors;
import org.springframework.http.HttpStatus;

/**
 * What matching's refusal of the settings or of a dry run means on the form, and the status the page is answered
 * with: the problems at their fields (400, 422), or a round running in the program (409). Any other failure is not
 * about the form.
 */
record SettingsRefusal(FormErrors errors, HttpStatus status) {

    static Optional<SettingsRefusal> of(ServiceFailure failure, FormErrors none) {
        return switch (failure.status()) {
            case 400, 422 ->
                Optional.of(new SettingsRefusal(
                        none.of(failure.problem(), "The settings could not be used."), HttpStatus.BAD_REQUEST));
            // one round per program at a time: a dry run asked for while a round plans the program
            case 409 ->
                Optional.of(new SettingsRefusal(
                        none.single(
                                "",
                                "A round is running in this program right now. " + "Try again when it has finished."),
                        HttpStatus.CONFLICT));
            default -> Optional.empty();
        };
    }
}
