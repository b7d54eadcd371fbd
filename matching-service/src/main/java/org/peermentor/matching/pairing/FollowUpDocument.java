package org.peermentor.matching.pairing;

import java.util.List;
import org.bson.Document;
import org.peermentor.service.store.StoredDates;

/** A pairing's follow-up read back from the fields its document keeps it in, check-in answers included. */
final class FollowUpDocument {

    private FollowUpDocument() {}

    static FollowUp read(Document document) {
        List<Document> answers = document.getList("answers", Document.class, List.of());
        return FollowUpBuilder.builder()
                .linkIssuedAt(StoredDates.instant(document, "linkIssuedAt"))
                .reminded(Boolean.TRUE.equals(document.getBoolean("reminded")))
                .acceptedAt(StoredDates.instant(document, "acceptedAt"))
                .nextCheckInAt(StoredDates.instant(document, "nextCheckInAt"))
                .checkInsSent(document.getInteger("checkInsSent", 0))
                .answers(answers.stream().map(FollowUpDocument::answer).toList())
                .build();
    }

    private static CheckInAnswer answer(Document answer) {
        return CheckInAnswerBuilder.builder()
                .number(answer.getInteger("number", 0))
                .role(CheckInRole.valueOf(answer.getString("role")))
                .answer(CheckInReply.valueOf(answer.getString("answer")))
                .note(answer.getString("note"))
                .wantsNewMentor(Boolean.TRUE.equals(answer.getBoolean("wantsNewMentor")))
                .answeredAt(StoredDates.instant(answer, "answeredAt"))
                .build();
    }
}
