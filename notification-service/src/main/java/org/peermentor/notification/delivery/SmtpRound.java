package org.peermentor.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.peermentor.notification.NotificationProperties;
import org.peermentor.notification.mail.Email;
import org.peermentor.notification.mail.InvalidAddressException;
import org.peermentor.notification.mail.Mailer;
import org.peermentor.notification.mail.MessageIds;
import org.peermentor.notification.mail.SmtpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Hands a batch of emails to SMTP over one session, on the bounded pool, a group of {@code mark-sent-every} at a time:
 * the outcomes of a group (SENT marks above all) are stored before the session sends the next group, so at most one
 * group of this session is ever accepted by SMTP and not yet marked SENT. Before each email it checks that enough of
 * the delivery's lease is left for the attempt to end inside it; otherwise the email waits for a new reservation.
 */
@Component
record SmtpRound(
        Mailer mailer, Letters letters, OutcomeStore outcomes, NotificationProperties properties, Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(SmtpRound.class);

    /** Emits the deliveries to take up again later (SMTP failed, or their lease ran short). */
    Mono<List<Delivery>> send(List<Letter> batch, Scheduler smtp) {
        if (batch.isEmpty()) {
            return Mono.just(List.of());
        }
        return Flux.usingWhen(
                        Mono.fromSupplier(mailer::open),
                        session -> Flux.fromIterable(groups(batch))
                                .concatMap(group -> Mono.fromCallable(() -> sendGroup(session, group))
                                        .subscribeOn(smtp)
                                        .flatMap(outcomes::store)),
                        session -> Mono.fromRunnable(session::close).subscribeOn(smtp))
                .flatMapIterable(later -> later)
                .collectList();
    }

    private List<Outcome> sendGroup(SmtpSession session, List<Letter> group) {
        List<Outcome> result = new ArrayList<>(group.size());
        for (Letter letter : group) {
            result.add(sendOne(session, letter));
        }
        return result;
    }

    private Outcome sendOne(SmtpSession session, Letter letter) {
        Delivery delivery = letter.delivery();
        Instant now = clock.instant();
        if (!delivery.mayBeSentAt(now, properties.sending().lease().dividedBy(2))) {
            return Outcome.notTried(delivery);
        }
        String address = letter.recipient().email();
        Email email;
        try {
            email = letters.write(delivery, letter.recipient(), letter.partner());
        } catch (RuntimeException bug) {
            // a bug, not an outage: a try all the same, so it ends FAILED instead of looping forever
            log.error(
                    "Delivery {} could not be written: {}",
                    delivery.id(),
                    bug.getClass().getName());
            return RetryPolicy.of(properties.sending()).afterTry(delivery, false, address, "INTERNAL_ERROR", now);
        }
        String messageId =
                MessageIds.of(delivery.eventId(), delivery.recipientRole().name(), properties.messageIdDomain());
        try {
            session.send(messageId, address, email);
            // SMTP has the message: from here only the SENT mark is stored, never the send repeated
            return Outcome.sent(delivery, address, clock.instant());
        } catch (InvalidAddressException invalid) {
            return Outcome.end(delivery, true, DeliveryStatus.FAILED, address, "INVALID_ADDRESS");
        } catch (RuntimeException failure) {
            String reason = failure instanceof MailAuthenticationException ? "SMTP_AUTHENTICATION" : "SMTP_ERROR";
            return RetryPolicy.of(properties.sending()).afterTry(delivery, true, address, reason, clock.instant());
        }
    }

    private List<List<Letter>> groups(List<Letter> batch) {
        List<List<Letter>> groups = new ArrayList<>();
        int groupSize = properties.sending().markSentEvery();
        for (int from = 0; from < batch.size(); from += groupSize) {
            groups.add(batch.subList(from, Math.min(batch.size(), from + groupSize)));
        }
        return groups;
    }
}
