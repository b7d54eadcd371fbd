package org.peermentor.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peermentor.notification.NotificationProperties;
import org.peermentor.notification.contact.Contact;
import org.peermentor.notification.contact.ContactDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * One try at a batch of reserved deliveries: the contacts of all of them in one lookup, a decision for each from
 * what the directory knows now, the emails to SMTP ({@link SmtpRound}) and every outcome stored. Emits the
 * deliveries to take up again later, each due at its next time. Never fails: whatever goes wrong is stored as an
 * outcome, or leaves the deliveries reserved, to be taken up again.
 */
@Component
record DeliveryTries(
        ContactDirectory contacts,
        SmtpRound smtpRound,
        OutcomeStore outcomes,
        NotificationProperties properties,
        Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(DeliveryTries.class);
    static final Duration STORE_RETRY = Duration.ofSeconds(1);

    Mono<List<Delivery>> attempt(List<Delivery> reserved, Scheduler smtp) {
        Set<String> people = new HashSet<>();
        reserved.forEach(delivery -> {
            people.add(delivery.recipientId());
            people.add(delivery.partnerId());
        });
        return contacts.findAll(people)
                .map(Optional::of)
                .onErrorResume(failure -> {
                    log.warn(
                            "{} deliveries could not be tried, trying again in {}: {}",
                            reserved.size(),
                            STORE_RETRY,
                            failure.getClass().getSimpleName());
                    return Mono.just(Optional.empty());
                })
                .flatMap(known -> known.isPresent()
                        ? tryWith(reserved, known.get(), smtp)
                        // nothing was sent, and the reservations still hold
                        : Mono.just(reserved.stream()
                                .map(delivery -> delivery.dueAt(clock.instant().plus(STORE_RETRY)))
                                .toList()))
                // some may have been handed to SMTP without their outcome stored
                .onErrorResume(LeftToLeases.logging(
                        log, "A try of {} deliveries broke off, leaving them to their leases: {}", reserved.size()));
    }

    private Mono<List<Delivery>> tryWith(List<Delivery> reserved, Map<String, Contact> known, Scheduler smtp) {
        List<Outcome> decided = new ArrayList<>();
        List<Letter> letters = new ArrayList<>();
        reserved.forEach(delivery -> decide(delivery, known, decided, letters));
        return Mono.zip(outcomes.store(decided), smtpRound.send(letters, smtp), DeliveryTries::concat);
    }

    private void decide(Delivery delivery, Map<String, Contact> known, List<Outcome> decided, List<Letter> letters) {
        Decision decision = Decision.about(
                delivery,
                Optional.ofNullable(known.get(delivery.recipientId())),
                Optional.ofNullable(known.get(delivery.partnerId())));
        if (decision instanceof Decision.Send send) {
            letters.add(new Letter(delivery, send.recipient(), send.partner()));
        } else if (decision instanceof Decision.Skip skip) {
            decided.add(Outcome.end(delivery, false, DeliveryStatus.SKIPPED_NO_CONSENT, skip.address(), skip.reason()));
        } else if (decision instanceof Decision.Wait wait) {
            decided.add(RetryPolicy.of(properties.sending())
                    .afterTry(delivery, false, null, wait.reason(), clock.instant()));
        } else {
            decided.add(Outcome.end(delivery, false, DeliveryStatus.FAILED, null, ((Decision.Fail) decision).reason()));
        }
    }

    private static List<Delivery> concat(List<Delivery> first, List<Delivery> second) {
        List<Delivery> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
