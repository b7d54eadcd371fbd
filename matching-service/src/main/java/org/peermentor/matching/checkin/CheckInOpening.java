package org.peermentor.matching.checkin;

import java.time.Instant;
import java.util.UUID;
import org.peermentor.contracts.PairingCheckInDueBuilder;
import org.peermentor.matching.pairing.CheckInRecords;
import org.peermentor.matching.pairing.CheckInRole;
import org.peermentor.matching.pairing.ResponseTokens;
import org.peermentor.matching.pairing.StoredPairing;
import org.peermentor.matching.settings.SettingsStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Opens one due check-in: number n is the pairing's next, each person's link works until the check-in after it is
 * due, and that due time is this one's plus the program's {@code checkIns.every}. After a long stop the next is a
 * whole period from now instead, so a restart sends one check-in, not a burst of ones long past.
 */
@Component
record CheckInOpening(CheckInRecords checkIns, SettingsStore settings, ResponseTokens tokens) {
    /** Emits whether this call opened it: false when someone else did since {@code due} was read. */
    Mono<Boolean> open(StoredPairing due, Instant now) {
        int number = due.followUp().checkInsSent() + 1;
        String checkInId = CheckInId.of(due.id(), number);
        return settings.get(due.pairing().programId()).flatMap(program -> {
            Instant next =
                    due.followUp().nextCheckInAt().plus(program.checkIns().every());
            Instant answerBy =
                    next.isAfter(now) ? next : now.plus(program.checkIns().every());
            return Mono.zip(
                            tokens.issue(checkInId, CheckInRole.MENTOR.name(), answerBy),
                            tokens.issue(checkInId, CheckInRole.PARTICIPANT.name(), answerBy))
                    .flatMap(links -> checkIns.openCheckIn(
                            due,
                            answerBy,
                            PairingCheckInDueBuilder.builder()
                                    .eventId(UUID.randomUUID().toString())
                                    .occurredAt(now)
                                    .pairingId(due.id())
                                    .pairing(due.pairing())
                                    .checkInId(checkInId)
                                    .number(number)
                                    .mentorToken(links.getT1())
                                    .participantToken(links.getT2())
                                    .answerBy(answerBy)
                                    .build()));
        });
    }
}
