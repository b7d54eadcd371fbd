package org.peermentor.notification.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.peermentor.notification.NotificationProperties;
import org.peermentor.notification.contact.Contact;
import org.peermentor.notification.contact.ContactDirectory;
import org.peermentor.notification.mail.Email;
import org.peermentor.notification.mail.InvalidAddressException;
import org.peermentor.notification.mail.Mailer;
import org.peermentor.notification.mail.MessageIds;
import org.peermentor.notification.messaging.StoreOutages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.retry.Retry;

/**
 * One attempt at one delivery: reserve it in the store for a lease (so no other sender takes it meanwhile), decide
 * from the contact directory, hand the email to SMTP on the bounded pool, then mark it SENT — or schedule the next
 * attempt with exponential backoff, until FAILED. Logs carry ids only, never a name or an address.
 */
@Component
class DeliveryAttempts {

    private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);
    static final Duration STORE_RETRY = Duration.ofSeconds(1);

    private final DeliveryLog deliveries;
    private final ContactDirectory contacts;
    private final Letters letters;
    private final Mailer mailer;
    private final Duration lease;
    private final String messageIdDomain;
    private final RetryPolicy retryPolicy;
    private final MeterRegistry meters;
    private final Clock clock;

    DeliveryAttempts(DeliveryLog deliveries, ContactDirectory contacts, Letters letters, Mailer mailer,
                     NotificationProperties properties, MeterRegistry meters, Clock clock) {
        this.deliveries = deliveries;
        this.contacts = contacts;
        this.letters = letters;
        this.mailer = mailer;
        this.lease = properties.sending().lease();
        this.messageIdDomain = properties.messageIdDomain();
        this.retryPolicy = RetryPolicy.of(properties.sending());
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Attempts the delivery if it is PENDING and due, sending on {@code smtp}. Emits when to look at it again, or
     * nothing once it is final (or another sender has it). Never fails: whatever goes wrong is recorded or rescheduled.
     */
    Mono<Instant> attempt(String id, Scheduler smtp) {
        return deliveries.find(id)
                .filter(delivery -> delivery.status() == DeliveryStatus.PENDING)
                .flatMap(delivery -> {
                    Instant now = clock.instant();
                    if (delivery.nextAttemptAt().isAfter(now)) {
                        return Mono.just(delivery.nextAttemptAt());
                    }
                    return deliveries.claim(delivery, now, lease).flatMap(claimed -> deliver(claimed, smtp));
                })
                .onErrorResume(failure -> {
                    log.warn("Delivery {} could not be attempted, trying again in {}: {}", id, STORE_RETRY,
                            failure.getClass().getSimpleName());
                    return Mono.just(clock.instant().plus(STORE_RETRY));
                });
    }

    private Mono<Instant> deliver(Delivery claimed, Scheduler smtp) {
        Mono<Optional<Contact>> recipient = contacts.find(claimed.recipientId()).map(Optional::of).defaultIfEmpty(Optional.empty());
        Mono<Optional<Contact>> partner = contacts.find(claimed.partnerId()).map(Optional::of).defaultIfEmpty(Optional.empty());
        return Mono.zip(recipient, partner).flatMap(found -> {
            Decision decision = Decision.about(claimed, found.getT1(), found.getT2());
            if (decision instanceof Decision.Send send) {
                return send(claimed, send.recipient(), send.partner(), smtp);
            }
            if (decision instanceof Decision.Skip skip) {
                return end(claimed, false, DeliveryStatus.SKIPPED_NO_CONSENT, skip.address(), skip.reason(), null);
            }
            if (decision instanceof Decision.Wait wait) {
                return retryOrFail(claimed, false, null, wait.reason());
            }
            return end(claimed, false, DeliveryStatus.FAILED, null, ((Decision.Fail) decision).reason(), null);
        }).onErrorResume(failure -> !StoreOutages.isOutage(failure), failure -> {
            // a bug, not an outage: count it as an attempt, so it ends FAILED instead of looping forever
            log.error("Delivery {} failed unexpectedly: {}", claimed.id(), failure.getClass().getName());
            return retryOrFail(claimed, false, null, "INTERNAL_ERROR");
        });
    }

    private Mono<Instant> send(Delivery claimed, Contact recipient, Contact partner, Scheduler smtp) {
        Email email = letters.write(claimed, recipient, partner);
        String messageId = MessageIds.of(claimed.eventId(), claimed.recipientRole().name(), messageIdDomain);
        return Mono.fromCallable(() -> {
                    mailer.send(messageId, recipient.email(), email);
                    return Optional.<Throwable>empty();
                })
                .subscribeOn(smtp)
                .onErrorResume(failure -> Mono.just(Optional.of(failure)))
                .flatMap(failure -> failure.isEmpty()
                        // SMTP has the message: from here only the SENT mark is retried, never the send
                        ? markSent(claimed, recipient.email())
                        : notSent(claimed, recipient.email(), failure.get()));
    }

    private Mono<Instant> notSent(Delivery claimed, String address, Throwable failure) {
        return failure instanceof InvalidAddressException
                ? end(claimed, true, DeliveryStatus.FAILED, address, "INVALID_ADDRESS", null)
                : retryOrFail(claimed, true, address, smtpReason(failure));
    }

    private Mono<Instant> markSent(Delivery claimed, String address) {
        return end(claimed, true, DeliveryStatus.SENT, address, null, clock.instant())
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(5))
                        .filter(StoreOutages::isOutage))
                .onErrorResume(failure -> {
                    // never retried as a send: the lease keeps it from being sent again until it expires
                    log.error("Delivery {} was sent but could not be marked SENT: {}", claimed.id(),
                            failure.getClass().getName());
                    return Mono.empty();
                });
    }

    private Mono<Instant> retryOrFail(Delivery claimed, boolean attempted, String address, String reason) {
        Optional<Instant> next = retryPolicy.nextAttempt(claimed.tries(), clock.instant());
        if (next.isEmpty()) {
            return end(claimed, attempted, DeliveryStatus.FAILED, address, reason, null);
        }
        return deliveries.retryAt(claimed, attempted, next.get(), address, reason)
                .flatMap(changed -> changed ? Mono.just(next.get()) : Mono.empty());
    }

    private Mono<Instant> end(Delivery claimed, boolean attempted, DeliveryStatus status, String address, String reason,
                              Instant sentAt) {
        return deliveries.finish(claimed, attempted, status, address, reason, sentAt)
                .doOnNext(changed -> {
                    if (!changed) {
                        log.warn("Delivery {} changed while it was attempted; left as it is", claimed.id());
                        return;
                    }
                    count(claimed, status);
                    if (status == DeliveryStatus.FAILED) {
                        log.warn("Delivery {} of event {} (pairing {}, {}) FAILED after {} attempt(s): {}", claimed.id(),
                                claimed.eventId(), claimed.pairingId(), claimed.recipientRole(),
                                claimed.attempts() + (attempted ? 1 : 0), reason);
                    }
                })
                .then(Mono.empty());
    }

    private void count(Delivery delivery, DeliveryStatus status) {
        Counter.builder("notification.deliveries")
                .description("Deliveries ended, by outcome")
                .tag("status", status.name())
                .tag("type", delivery.type())
                .register(meters)
                .increment();
    }

    private static String smtpReason(Throwable failure) {
        return failure instanceof MailAuthenticationException ? "SMTP_AUTHENTICATION" : "SMTP_ERROR";
    }
}
