package org.peermentor.matching.round;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.matching.settings.WeightCheck;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;

/** The check of a request to start a round, before anything is locked or stored: a 400 naming every bad field. */
final class RoundRequestCheck {

    private RoundRequestCheck() {}

    /** The time the solver gets: the one asked for, within {@code limits}, else the default. */
    static Duration timeLimit(String programId, RoundRequest request, MatchingProperties.Rounds limits) {
        List<FieldError> errors = new ArrayList<>();
        if (!programId.matches("[a-z0-9-]{1,64}")) {
            errors.add(new FieldError("programId", "must be 1-64 characters of a-z, 0-9 and -"));
        }
        long maxSeconds = limits.maxTimeLimit().toSeconds();
        if (request.timeLimitSeconds() != null
                && (request.timeLimitSeconds() < 1 || request.timeLimitSeconds() > maxSeconds)) {
            errors.add(new FieldError("timeLimitSeconds", "must be between 1 and " + maxSeconds));
        }
        WeightCheck.check(request.weights(), errors);
        if (request.weights() != null && !request.isDryRun()) {
            errors.add(new FieldError("weights", "apply only to a dry run; change the program's settings instead"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return request.timeLimitSeconds() == null ? limits.timeLimit() : Duration.ofSeconds(request.timeLimitSeconds());
    }
}
