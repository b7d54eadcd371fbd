package org.peermentor.matching.settings;

import jakarta.validation.Validator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;

/** The check of a settings change before anything is read or written: a 400 naming every bad field. */
final class SettingsCheck {

    private SettingsCheck() {}

    /** The change's durations, parsed; bean validation, the weights and each duration's text checked together. */
    static RequestedDurations check(Validator validator, SettingsRequest request) {
        List<FieldError> errors = new ArrayList<>();
        validator.validate(request).forEach(violation -> errors.add(FieldError.of(violation)));
        WeightCheck.check(request.weights(), errors);
        CheckInScheduleChange checkIns = request.checkIns();
        RequestedDurations durations = new RequestedDurations(
                duration("reminderAfter", request.reminderAfter(), errors),
                duration("checkIns.firstAfter", checkIns == null ? null : checkIns.firstAfter(), errors),
                duration("checkIns.every", checkIns == null ? null : checkIns.every(), errors));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return durations;
    }

    private static Duration duration(String field, String requested, List<FieldError> errors) {
        return requested == null ? null : IsoDurations.parse(field, requested, errors);
    }
}
