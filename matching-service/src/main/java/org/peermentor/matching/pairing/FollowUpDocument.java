package org.peermentor.matching.pairing;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** A pairing's follow-up read back from the fields its document keeps it in, check-in answers included. */
final class FollowUpDocument {

    private FollowUpDocument() {}

    static FollowUp read(Document document) {
        List<Document> answers = document.getList("answers", Document.class, List.of());
        return FollowUpBuilder.builder()
                .linkIssuedAt(instant(document, "linkIssuedAt"))
                .reminded(Boolean.TRUE.equals(document.getBoolean("reminded")))
                .acceptedAt(instant(document, "acceptedAt"))
                .nextCheckInAt(instant(document, "nextCheckInAt"))
                .checkInsSent(document.getInteger("checkInsSent", 0))
                .answers(answers.stream().map(FollowUpDocument::answer).toList())
                .build();
    }

    /** A stored date as an instant; null when the field is missing. */
    static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static CheckInAnswer answer(Document answer) {
        return CheckInAnswerBuilder.builder()
                .number(answer.getInteger("number", 0))
                .role(CheckInRole.valueOf(answer.getString("role")))
                .answer(CheckInReply.valueOf(answer.getString("answer")))
                .note(answer.getString("note"))
                .wantsNewMentor(Boolean.TRUE.equals(answer.getBoolean("wantsNewMentor")))
                .answeredAt(instant(answer, "answeredAt"))
                .build();
    }
}
