package org.peermentor.matching.checkin;

import java.time.Clock;
import java.time.Instant;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.pairing.CheckInAnswer;
import org.peermentor.matching.pairing.CheckInRecords;
import org.peermentor.matching.pairing.CheckInReply;
import org.peermentor.matching.pairing.CheckInRole;
import org.peermentor.matching.pairing.LinkRefusal;
import org.peermentor.matching.pairing.PairingService;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.pairing.ResponseTokens;
import org.peermentor.matching.pairing.StoredPairing;
import org.peermentor.matching.settings.ProgramSettings;
import org.peermentor.matching.settings.SettingsStore;
import org.peermentor.service.store.StoreOutages;
import org.peermentor.service.web.ProblemException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * What a check-in link allows. A token names its check-in and its holder's role and is signed with the mentor links'
 * key; it works while the pairing is accepted, until its time runs out, and only until its holder has answered, so a
 * reused, expired or altered token is refused (403) alike. An answer is kept once, by a conditional write.
 */
@Service
record CheckInLinks(
        PairingStore store,
        CheckInRecords checkIns,
        PairingService pairings,
        SettingsStore settings,
        ResponseTokens tokens,
        Clock clock) {
    /** Why a pairing ended when its participant asked for a new mentor and the program rematches at once. */
    static final String NEW_MENTOR_ASKED = "The participant asked for a new mentor at a check-in.";

    /** Whose link it is, to which check-in of which pairing. */
    record Holder(StoredPairing pairing, CheckInId checkIn, CheckInRole role) {}

    /** The holder of this valid, unanswered link; a 403 for any other. */
    Mono<Holder> withValidToken(String checkInId, String token) {
        CheckInId id = CheckInId.parse(checkInId);
        if (id == null || token == null) {
            return Mono.error(LinkRefusal::notValid);
        }
        Instant now = clock.instant();
        return store.find(id.pairingId())
                .filter(pairing -> pairing.status() == PairingStatus.ACCEPTED
                        && id.number() <= pairing.followUp().checkInsSent())
                .flatMap(pairing -> roleOf(token, checkInId, now)
                        .filter(role -> pairing.followUp().answers().stream()
                                .noneMatch(a -> a.number() == id.number() && a.role() == role))
                        .map(role -> new Holder(pairing, id, role)))
                .switchIfEmpty(Mono.error(LinkRefusal::notValid));
    }

    /** Keeps the holder's answer and emits it; a participant's request for a new mentor may end the pairing. */
    Mono<CheckInAnswer> answer(String checkInId, String token, CheckInForm form) {
        return withValidToken(checkInId, token).flatMap(holder -> {
            CheckInAnswer answer = form.toAnswer(holder.checkIn().number(), holder.role(), clock.instant());
            return checkIns.recordAnswer(holder.pairing().id(), answer)
                    .flatMap(kept -> kept ? Mono.just(answer) : Mono.error(LinkRefusal::notValid))
                    .flatMap(kept -> asksForAnotherMentor(kept)
                            // the answer is kept: an ending cut off here (the store away) is made by a later sweep
                            // (NewMentorRequests), not refused to the participant, whose link is spent now
                            ? rematchIfTheProgramSays(holder.pairing())
                                    .onErrorResume(StoreOutages::isOutage, later -> Mono.empty())
                                    .thenReturn(kept)
                            : Mono.just(kept));
        });
    }

    private static boolean asksForAnotherMentor(CheckInAnswer answer) {
        return answer.role() == CheckInRole.PARTICIPANT
                && answer.answer() == CheckInReply.NOT_A_FIT
                && answer.wantsNewMentor();
    }

    /** Under {@code rematchOnNewMentorRequest} the pairing ends now; otherwise its health asks the manager. */
    Mono<Void> rematchIfTheProgramSays(StoredPairing pairing) {
        return settings.get(pairing.pairing().programId())
                .filter(ProgramSettings::rematchOnNewMentorRequest)
                .flatMap(rematch -> pairings.end(pairing.id(), NEW_MENTOR_ASKED, true)
                        .onErrorResume(ProblemException.class, endedMeanwhile -> Mono.empty()))
                .then();
    }

    private Mono<CheckInRole> roleOf(String token, String checkInId, Instant now) {
        return tokens.verify(token, checkInId, CheckInRole.MENTOR.name(), now)
                .flatMap(mentor -> mentor
                        ? Mono.just(CheckInRole.MENTOR)
                        : tokens.verify(token, checkInId, CheckInRole.PARTICIPANT.name(), now)
                                .filter(Boolean::booleanValue)
                                .map(participant -> CheckInRole.PARTICIPANT));
    }
}
