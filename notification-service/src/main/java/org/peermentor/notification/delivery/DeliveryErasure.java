package org.peermentor.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.peermentor.notification.contact.PersonErased;
import org.peermentor.notification.contact.Role;
import org.peermentor.notification.mail.EmailKind;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Forgets an erased person in the delivery log. A delivery still waiting to be sent to them, or to tell someone
 * about them (any email that names the other person), is never sent: it ends {@code SKIPPED_NO_CONSENT} with reason {@code ERASED} or {@code PARTNER_ERASED}.
 * Every delivery to them loses their address, and every delivery about them its content (which holds the shared
 * issue). What stays — ids, program, type, status, times — still counts deliveries without saying who got them.
 * Each change bumps the revision, so an attempt in flight cannot write the address back afterwards. Running it
 * again, or for someone never seen, changes nothing more.
 */
@Component
record DeliveryErasure(ReactiveMongoTemplate mongo) {
    static final String ERASED = "ERASED";
    static final String PARTNER_ERASED = "PARTNER_ERASED";
    private static final List<String> NAMING_NOBODY = Arrays.stream(EmailKind.values())
            .filter(kind -> !kind.namesPartner())
            .map(EmailKind::name)
            .toList();
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    // On the profile listener's thread, which is there to block: the tombstone is committed only once this is done.
    @EventListener
    void onPersonErased(PersonErased erased) {
        forget(erased).block(STORE_TIMEOUT);
    }

    Mono<Void> forget(PersonErased erased) {
        Role partnerRole = erased.role() == Role.MENTOR ? Role.PARTICIPANT : Role.MENTOR;
        Criteria toThem = where("recipientId")
                .is(erased.id())
                .and("recipientRole")
                .is(erased.role().name());
        // news that does not name them (a participant back on the list) still goes, and has nothing of them to strip
        Criteria aboutThem = where("partnerId")
                .is(erased.id())
                .and("recipientRole")
                .is(partnerRole.name())
                .and("content.kind")
                .nin(NAMING_NOBODY);
        return skipPending(toThem, ERASED)
                .then(skipPending(aboutThem, PARTNER_ERASED))
                .then(update(
                        toThem,
                        new Update().unset("recipient").unset("recipientKey").unset("content")))
                .then(update(aboutThem, new Update().unset("content")));
    }

    private Mono<Void> skipPending(Criteria who, String reason) {
        Criteria pending = new Criteria().andOperator(who, where("status").is(DeliveryStatus.PENDING.name()));
        return update(
                pending,
                new Update()
                        .set("status", DeliveryStatus.SKIPPED_NO_CONSENT.name())
                        .set("reason", reason));
    }

    private Mono<Void> update(Criteria which, Update update) {
        return mongo.updateMulti(Query.query(which), update.inc("revision", 1), DeliveryLog.COLLECTION)
                .then();
    }
}
