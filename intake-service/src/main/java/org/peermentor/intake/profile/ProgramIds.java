package org.peermentor.intake.profile;

import java.util.List;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;

/**
 * The one rule for a program id, wherever one is given: a profile's {@code programId}, an import's, a program's own
 * {@code id}.
 */
public final class ProgramIds {

    public static final String PATTERN = "[a-z0-9-]{1,64}";
    public static final String MESSAGE = "must be 1-64 characters of a-z, 0-9 and -";

    private ProgramIds() {}

    public static boolean valid(String id) {
        return id != null && id.matches(PATTERN);
    }

    /** Refuses an id that breaks the rule (400), naming {@code field}. */
    public static void check(String field, String id) {
        if (!valid(id)) {
            throw new InvalidRequestException(List.of(new FieldError(field, MESSAGE)));
        }
    }
}
