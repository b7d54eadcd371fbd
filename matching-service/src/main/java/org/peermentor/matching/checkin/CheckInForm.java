package org.peermentor.matching.checkin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.peermentor.matching.pairing.CheckInAnswer;
import org.peermentor.matching.pairing.CheckInAnswerBuilder;
import org.peermentor.matching.pairing.CheckInReply;
import org.peermentor.matching.pairing.CheckInRole;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;

/**
 * An answer to a check-in as sent, from the page's form or as JSON: {@code answer} (one of {@link CheckInReply}),
 * an optional private {@code note} and, from a participant, {@code wantsNewMentor}.
 */
record CheckInForm(String answer, String note, Boolean wantsNewMentor) {

    static final int MAX_NOTE = 2000;

    /** The answer to keep; a 400 naming every bad field otherwise. A mentor's {@code wantsNewMentor} is ignored. */
    CheckInAnswer toAnswer(int number, CheckInRole role, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        CheckInReply reply = reply(answer);
        if (reply == null) {
            errors.add(new FieldError("answer", "must be one of " + Arrays.toString(CheckInReply.values())));
        }
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "must be at most " + MAX_NOTE + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return CheckInAnswerBuilder.builder()
                .number(number)
                .role(role)
                .answer(reply)
                .note(kept)
                .wantsNewMentor(role == CheckInRole.PARTICIPANT && Boolean.TRUE.equals(wantsNewMentor))
                .answeredAt(now)
                .build();
    }

    private static CheckInReply reply(String answer) {
        return Arrays.stream(CheckInReply.values())
                .filter(reply -> reply.name().equals(answer))
                .findFirst()
                .orElse(null);
    }
}
